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
    long sum = 0;
    for (SettlementTotal t : items) {
      sum = Math.addExact(sum, t.debits().cents());
    }
    return Money.ofCents(sum);
  }

  public Money credits() {
    long sum = 0;
    for (SettlementTotal t : items) {
      sum = Math.addExact(sum, t.credits().cents());
    }
    return Money.ofCents(sum);
  }

  /** The recoveries' sum as a (non-positive) item. */
  public Money recovered() {
    long sum = 0;
    for (Recovery r : recoveries) {
      sum = Math.subtractExact(sum, r.amount().cents());
    }
    return Money.ofCents(sum);
  }

  /** Debits minus credits minus recoveries: what the member is charged. */
  public Money total() {
    return debits().minus(credits()).plus(recovered());
  }
}
