package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.YearMonth;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * What one member municipality owes for one settlement month (the claims answered in it): the approved totals per provider and
 * product (credits set apart) and the recoveries as negative items. The central municipality paid
 * the providers; this is what it charges the member.
 */
public record MemberSettlement(MunicipalityCode member, YearMonth month, Seq<SettlementTotal> items,
                               Seq<Recovery> recoveries) {
  public MemberSettlement {
    requireNonNull(member, "member");
    requireNonNull(month, "month");
    requireNonNull(items, "items");
    requireNonNull(recoveries, "recoveries");
  }

  public Money debits() {
    return items.foldLeft(Money.ZERO, (sum, i) -> sum.plus(i.debits()));
  }

  public Money credits() {
    return items.foldLeft(Money.ZERO, (sum, i) -> sum.plus(i.credits()));
  }

  /** The recoveries' sum as a (non-positive) item. */
  public Money recovered() {
    return recoveries.foldLeft(Money.ZERO, (sum, r) -> sum.minus(r.amount()));
  }

  /** Debits minus credits minus recoveries: what the member is charged. */
  public Money total() {
    return debits().minus(credits()).plus(recovered());
  }
}
