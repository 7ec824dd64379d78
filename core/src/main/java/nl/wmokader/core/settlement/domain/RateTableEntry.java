package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.shared.Money;

/** One rate with its validity: calendar months {@code from} up to and including {@code until} (none: open-ended). */
public record RateTableEntry(YearMonth from, Option<YearMonth> until, Money rate) {
  public RateTableEntry {
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    requireNonNull(rate, "rate");
  }

  public static RateTableEntry of(YearMonth from, YearMonth until, Money rate) {
    return new RateTableEntry(from, Option.some(until), rate);
  }

  public boolean validIn(YearMonth month) {
    return !month.isBefore(from) && until.map(u -> !month.isAfter(u)).getOrElse(true);
  }

  boolean overlaps(RateTableEntry other) {
    boolean thisStartsInTime = other.until.map(u -> !from.isAfter(u)).getOrElse(true);
    boolean otherStartsInTime = until.map(u -> !other.from.isAfter(u)).getOrElse(true);
    return thisStartsInTime && otherStartsInTime;
  }
}
