package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import nl.wmokader.core.shared.Money;

/** What one household owes for one calendar month, and under which scheme. */
public record ContributionCharge(HouseholdId household, YearMonth month, Money amount, String scheme) {
  public ContributionCharge {
    requireNonNull(household, "household");
    requireNonNull(month, "month");
    requireNonNull(amount, "amount");
    requireNonNull(scheme, "scheme");
  }
}
