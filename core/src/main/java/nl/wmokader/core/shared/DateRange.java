package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period of days with an inclusive start and an optional inclusive end (none: open-ended).
 * The start never lies after the end.
 */
public record DateRange(LocalDate start, Option<LocalDate> end) {

  public DateRange {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isDefined() && end.get().isBefore(start)) {
      throw new IllegalArgumentException("end " + end.get() + " before start " + start);
    }
  }

  public static DateRange of(LocalDate start, LocalDate endInclusive) {
    return new DateRange(start, Option.some(endInclusive));
  }

  public static DateRange from(LocalDate start) {
    return new DateRange(start, Option.none());
  }

  public static DateRange of(LocalDate start, Option<LocalDate> end) {
    return new DateRange(start, end);
  }

  /** Validates untrusted bounds: both fields are named in the error. */
  public static Validation<FieldError, DateRange> validate(String startField, LocalDate start, String endField, Option<LocalDate> end) {
    if (start == null) {
      return Validation.invalid(new FieldError(startField, "required", "is required"));
    }
    if (end == null) {
      end = Option.none();
    }
    if (end.isDefined() && end.get().isBefore(start)) {
      return Validation.invalid(new FieldError(endField, "before_start", "must not lie before " + startField));
    }
    return Validation.valid(new DateRange(start, end));
  }

  public boolean isOpenEnded() {
    return end.isEmpty();
  }

  public boolean contains(LocalDate date) {
    // no lambda: claim validation asks this several times per line
    return !date.isBefore(start) && (end.isEmpty() || !date.isAfter(end.get()));
  }

  /** Whether every day of {@code other} lies in this range. */
  public boolean contains(DateRange other) {
    if (other.start.isBefore(start)) {
      return false;
    }
    if (end.isEmpty()) {
      return true;
    }
    return other.end.isDefined() && !other.end.get().isAfter(end.get());
  }

  /** Whether the ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    boolean thisStartsInTime = other.end.isEmpty() || !start.isAfter(other.end.get());
    boolean otherStartsInTime = end.isEmpty() || !other.start.isAfter(end.get());
    return thisStartsInTime && otherStartsInTime;
  }

  /** The days both ranges share, if any. */
  public Option<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return Option.none();
    }
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    Option<LocalDate> e = end.isEmpty() ? other.end
        : other.end.isEmpty() ? end
        : Option.some(end.get().isBefore(other.end.get()) ? end.get() : other.end.get());
    return Option.some(new DateRange(s, e));
  }

  public DateRange withEnd(LocalDate newEnd) {
    return new DateRange(start, Option.some(newEnd));
  }

  /** The number of days, for a closed range. */
  public Option<Long> days() {
    return end.map(e -> ChronoUnit.DAYS.between(start, e) + 1);
  }

  @Override
  public String toString() {
    return start + ".." + end.map(LocalDate::toString).getOrElse("");
  }
}
