package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * One settlement month (the claims answered in it) settled centrally: the central municipality pays
 * each provider on behalf of all members and charges each member its settlement. Both sides are
 * built from the same sums, so what is paid out always equals what is charged back.
 *
 * @param payments per provider, in AGB order
 * @param charges per member, in the order the members were given
 */
public record CentralPayment(YearMonth month, Seq<ProviderPayment> payments, Seq<MemberCharge> charges) {
  public CentralPayment {
    requireNonNull(month, "month");
    requireNonNull(payments, "payments");
    requireNonNull(charges, "charges");
  }

  /** The month's payments and charges from the members' settlements (their items and recoveries). */
  public static CentralPayment of(YearMonth month, Seq<MemberSettlement> settlements) {
    java.util.List<SettlementSum> sums = new ArrayList<>();
    java.util.List<Recovery> recovered = new ArrayList<>();
    for (MemberSettlement s : settlements) {
      for (SettlementTotal t : s.items()) {
        sums.add(new SettlementSum(month, s.member(), t.provider(), t.debits(), t.credits(), t.lines()));
      }
      recovered.addAll(s.recoveries().asJava());
    }
    return of(month, settlements.map(MemberSettlement::member), sums, recovered);
  }

  /**
   * The month's payments and charges from its sums per member and provider and its recoveries:
   * every one of {@code members} is charged (zero when nothing was approved for it); sums and
   * recoveries of others (a member that left the region) are neither paid nor charged.
   */
  public static CentralPayment of(YearMonth month, Iterable<MunicipalityCode> members, Iterable<SettlementSum> sums,
                                  Iterable<Recovery> recoveries) {
    requireNonNull(month, "month");
    // per member: debits, credits, recovered; per provider: approved net, recovered
    Map<MunicipalityCode, long[]> charged = new LinkedHashMap<>();
    members.forEach(m -> charged.put(m, new long[3]));
    Map<AgbCode, long[]> paid = new HashMap<>();
    for (SettlementSum s : sums) {
      long[] member = charged.get(s.member());
      if (member != null) {
        add(member, 0, s.debits());
        add(member, 1, s.credits());
        add(paid.computeIfAbsent(s.provider(), p -> new long[2]), 0, s.net());
      }
    }
    for (Recovery r : recoveries) {
      long[] member = charged.get(r.member());
      if (member != null) {
        add(member, 2, r.amount().negate());
        add(paid.computeIfAbsent(r.provider(), p -> new long[2]), 1, r.amount());
      }
    }
    TreeMap<String, ProviderPayment> byAgb = new TreeMap<>();
    paid.forEach((provider, p) -> byAgb.put(provider.value(),
        new ProviderPayment(provider, Money.ofCents(p[0]), Money.ofCents(p[1]))));
    java.util.List<MemberCharge> charges = new ArrayList<>(charged.size());
    charged.forEach((member, c) -> charges.add(
        new MemberCharge(member, Money.ofCents(c[0]), Money.ofCents(c[1]), Money.ofCents(c[2]))));
    return new CentralPayment(month, Array.ofAll(byAgb.values()), Array.ofAll(charges));
  }

  /** Adds as {@link Money} does: an overflow throws rather than wraps. */
  private static void add(long[] sums, int at, Money amount) {
    sums[at] = Math.addExact(sums[at], amount.cents());
  }

  public Money totalPaid() {
    return payments.foldLeft(Money.ZERO, (sum, p) -> sum.plus(p.payable()));
  }

  public Money totalCharged() {
    return charges.foldLeft(Money.ZERO, (sum, c) -> sum.plus(c.total()));
  }
}
