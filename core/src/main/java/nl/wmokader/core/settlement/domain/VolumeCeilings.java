package nl.wmokader.core.settlement.domain;

import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.shared.DateRange;

/**
 * How much of an assigned volume may be claimed over a period (iWmo IV077, TR321/TR322, DOMAIN §8).
 * For a weekly frequency: effort-based, the ISO weeks the period touches (inside the assignment)
 * times the weekly volume, household help always six weeks a month; output-based, the Sundays in
 * the period times the weekly volume, plus one week in the period holding the assignment's last
 * Sunday when it does not end on a Sunday. Per day: days times the daily volume; per month: the
 * monthly volume; in total: the total. Results saturate at {@code Long.MAX_VALUE}.
 *
 * <p>Hours are counted per month in minutes and rounded once (below 30 minutes down, from 30 up,
 * at least one hour) before they meet a ceiling (IV079-IV081).
 */
public final class VolumeCeilings {

  private VolumeCeilings() {}

  /** No ceiling over the whole assignment: an open-ended one counts per period only. */
  static final long UNBOUNDED = Long.MAX_VALUE;

  /** The ceiling over {@code from..to}, clipped to {@code validity}: 0 when they share no day. */
  public static long forPeriod(Volume volume, DateRange validity, boolean householdHelp, boolean outputBased,
                               LocalDate from, LocalDate to) {
    // clipped by hand: claims ask twice per line, and the ranges would be garbage at once
    LocalDate start = from.isBefore(validity.start()) ? validity.start() : from;
    LocalDate end = validity.end().isDefined() && validity.end().get().isBefore(to) ? validity.end().get() : to;
    if (start.isAfter(end)) {
      return 0;
    }
    long q = volume.quantity();
    switch (volume.frequency()) {
      case TOTAL:
      case PER_MONTH:
        return q;
      case PER_DAY:
        return times(ChronoUnit.DAYS.between(start, end) + 1, q);
      case PER_WEEK:
      default:
        if (outputBased) {
          long weeks = count(start, end, DayOfWeek.SUNDAY);
          boolean bonus = lastWeekAnchor(validity).exists(anchor -> !anchor.isBefore(start) && !anchor.isAfter(end));
          return times(weeks + (bonus ? 1 : 0), q);
        }
        return householdHelp ? times(6, q) : times(isoWeeks(start, end), q);
    }
  }

  /**
   * The ceiling over the whole assignment; none when it is open-ended and not a total, or so large
   * that no count reaches it (the product saturates at {@link #UNBOUNDED}).
   */
  public static Option<Long> forAssignment(Volume volume, DateRange validity, boolean outputBased) {
    long ceiling = assignmentCeiling(volume, validity, outputBased);
    return ceiling == UNBOUNDED ? Option.none() : Option.some(ceiling);
  }

  /** {@link #forAssignment}'s ceiling, or {@link #UNBOUNDED}: no option for the hot path. */
  static long assignmentCeiling(Volume volume, DateRange validity, boolean outputBased) {
    if (volume.frequency() == nl.wmokader.core.catalogue.domain.Frequency.TOTAL) {
      return volume.quantity();
    }
    if (validity.end().isEmpty()) {
      return UNBOUNDED;
    }
    LocalDate start = validity.start();
    LocalDate end = validity.end().get();
    long q = volume.quantity();
    switch (volume.frequency()) {
      case PER_MONTH:
        return times(LedgerMonth.index(end) - LedgerMonth.index(start) + 1, q);
      case PER_DAY:
        return times(ChronoUnit.DAYS.between(start, end) + 1, q);
      case PER_WEEK:
      default:
        if (outputBased) {
          return times(count(start, end, DayOfWeek.SUNDAY) + (lastWeekAnchor(validity).isDefined() ? 1 : 0), q);
        }
        return times(isoWeeks(start, end), q);
    }
  }


  /** What {@code measure} counts against a ceiling: minutes rounded to hours for an hourly volume, else itself. */
  public static long usage(long measure, Unit assignedUnit) {
    if (assignedUnit != Unit.HOUR || measure <= 0) {
      return measure;
    }
    return Math.max(1, (measure + 30) / 60);
  }

  /** A line's volume in the measure of {@code assignedUnit}: minutes for an hourly volume, else as claimed. */
  public static long measure(long volume, Unit claimedUnit, Unit assignedUnit) {
    return assignedUnit == Unit.HOUR && claimedUnit == Unit.HOUR ? volume * 60 : volume;
  }

  /** Distinct ISO weeks (Monday to Sunday) that {@code start..end} touches. */
  static long isoWeeks(LocalDate start, LocalDate end) {
    // weeks numbered from the epoch's (1970-01-01 was a Thursday, so day + 3 counts from a Monday)
    return Math.floorDiv(end.toEpochDay() + 3, 7) - Math.floorDiv(start.toEpochDay() + 3, 7) + 1;
  }

  /** How many {@code day}s lie in {@code start..end}. */
  static long count(LocalDate start, LocalDate end, DayOfWeek day) {
    // in epoch days, without the LocalDates a temporal adjuster makes: claims ask per line
    long from = start.toEpochDay();
    long first = from + Math.floorMod(day.getValue() - start.getDayOfWeek().getValue(), 7);
    long to = end.toEpochDay();
    return first > to ? 0 : (to - first) / 7 + 1;
  }

  /**
   * The day whose period gets one extra week (output-based): the assignment's last Sunday when it
   * ends on another day; its last day when it holds no Sunday at all; none when it ends on a Sunday
   * or is open-ended.
   */
  private static Option<LocalDate> lastWeekAnchor(DateRange validity) {
    if (validity.end().isEmpty() || validity.end().get().getDayOfWeek() == DayOfWeek.SUNDAY) {
      return Option.none();
    }
    LocalDate end = validity.end().get();
    LocalDate lastSunday = end.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    return Option.some(lastSunday.isBefore(validity.start()) ? end : lastSunday);
  }

  private static long times(long count, long quantity) {
    try {
      return Math.multiplyExact(count, quantity);
    } catch (ArithmeticException overflow) {
      return Long.MAX_VALUE;
    }
  }
}
