package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import java.time.YearMonth;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;

/**
 * One settlement month (the claims answered in it) settled centrally: the central municipality pays each provider on behalf of all
 * members and charges each member its settlement. Both sides are built from the same items, so
 * what is paid out always equals what is charged back.
 */
public record CentralPayment(YearMonth month, Seq<ProviderPayment> payments, Seq<MemberSettlement> charges) {
  public CentralPayment {
    requireNonNull(month, "month");
    requireNonNull(payments, "payments");
    requireNonNull(charges, "charges");
  }

  /** The month's payments (per provider, in AGB order) and charges from the members' settlements. */
  public static CentralPayment of(YearMonth month, Seq<MemberSettlement> settlements) {
    TreeMap<String, ProviderPayment> byProvider = TreeMap.empty();
    for (MemberSettlement s : settlements) {
      for (SettlementTotal item : s.items()) {
        byProvider = add(byProvider, item.provider(), item.net(), Money.ZERO);
      }
      for (Recovery r : s.recoveries()) {
        byProvider = add(byProvider, r.provider(), Money.ZERO, r.amount());
      }
    }
    return new CentralPayment(month, List.ofAll(byProvider.values()), settlements);
  }

  private static TreeMap<String, ProviderPayment> add(TreeMap<String, ProviderPayment> map, AgbCode provider,
                                                      Money approved, Money recovered) {
    ProviderPayment current = map.get(provider.value()).getOrElse(new ProviderPayment(provider, Money.ZERO, Money.ZERO));
    return map.put(provider.value(), new ProviderPayment(provider, current.approved().plus(approved),
        current.recovered().plus(recovered)));
  }

  public Money totalPaid() {
    return payments.foldLeft(Money.ZERO, (sum, p) -> sum.plus(p.payable()));
  }

  public Money totalCharged() {
    return charges.foldLeft(Money.ZERO, (sum, c) -> sum.plus(c.total()));
  }
}
