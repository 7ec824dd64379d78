package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/** A scheme in force from a month until the next entry of the schedule takes over. */
public record ContributionScheduleEntry(YearMonth from, ContributionScheme scheme) {
  public ContributionScheduleEntry {
    requireNonNull(from, "from");
    requireNonNull(scheme, "scheme");
  }
}
