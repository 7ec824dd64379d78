package nl.wmokader.core.settlement.domain;

import nl.wmokader.core.catalogue.domain.Unit;

/**
 * What an assignment's ledger adds up to over every month: the approved lines (credits included),
 * the active debits (approved, not credited), their measure and their measure in hours rounded per
 * month. A store may keep these beside the lines, so that validating a claim reads the lines of
 * its own months only.
 *
 * @param lines approved lines, debits and credits
 * @param activeDebits approved debits no credit took back
 * @param measure the active debits' {@link #measure(ClaimLine) measure}
 * @param roundedHours the same, per month rounded to whole hours as an hourly volume counts it
 */
public record LedgerTotals(long lines, long activeDebits, long measure, long roundedHours) {

  public static final LedgerTotals ZERO = new LedgerTotals(0, 0, 0, 0);

  /**
   * What one approved line counts against its assignment's volume before rounding: minutes for a
   * line in hours, else its volume. A line is approved only in its assignment's unit (or minutes
   * against hours), so this is the measure in the assignment's terms.
   */
  public static long measure(ClaimLine line) {
    return VolumeCeilings.measure(line.volume(), line.unit(), Unit.HOUR);
  }

  /** A month's measure as an hourly volume counts it (IV079-IV081): below 30 minutes down, from 30 up, at least 1. */
  public static long roundedHours(long measure) {
    return VolumeCeilings.usage(measure, Unit.HOUR);
  }

  /** One month's totals. */
  static LedgerTotals ofMonth(long lines, long activeDebits, long measure) {
    return new LedgerTotals(lines, activeDebits, measure, roundedHours(measure));
  }

  public LedgerTotals plus(LedgerTotals other) {
    return new LedgerTotals(lines + other.lines, activeDebits + other.activeDebits, measure + other.measure,
        roundedHours + other.roundedHours);
  }

  public LedgerTotals minus(LedgerTotals other) {
    return new LedgerTotals(lines - other.lines, activeDebits - other.activeDebits, measure - other.measure,
        roundedHours - other.roundedHours);
  }
}
