package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a settlement month's figures are final. Claims settle in the month they are answered and
 * recoveries are refused for months already past, so once a month is over nothing is added to its
 * settlement. Final here means one grace day later: a claim answered just before midnight may be
 * committed just after it, and service instances sharing one database may read clocks that differ
 * by seconds; neither comes near a day.
 */
public final class SettlementMonths {
  /** Days after a month's end before its figures count as final. */
  public static final int GRACE_DAYS = 1;

  private SettlementMonths() {}

  /** Whether {@code month}'s settlement can no longer change on {@code today}. */
  public static boolean isFinal(YearMonth month, LocalDate today) {
    requireNonNull(month, "month");
    requireNonNull(today, "today");
    return !today.isBefore(month.plusMonths(1).atDay(1).plusDays(GRACE_DAYS));
  }
}
