package nl.wmokader.core.settlement.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;

/**
 * Monthly amounts with validity, at most one valid in any month: reference data, never constants in
 * the rules. Built only through {@link #of}, which rejects overlapping, negative or inverted entries.
 */
public final class RateTable {
  private final Seq<RateTableEntry> entries;

  private RateTable(Seq<RateTableEntry> entries) {
    this.entries = entries;
  }

  /**
   * A table of these entries, or {@link InvalidInput} naming every bad entry
   * ({@code entries[i].until} before from, {@code entries[i].rate} negative, {@code entries[i]} overlapping an earlier one).
   */
  public static Either<InvalidInput, RateTable> of(Seq<RateTableEntry> entries) {
    List<FieldError> errors = List.empty();
    for (int i = 0; i < entries.size(); i++) {
      RateTableEntry e = entries.get(i);
      String field = "entries[" + i + "]";
      if (e.until().exists(u -> u.isBefore(e.from()))) {
        errors = errors.append(new FieldError(field + ".until", "before_start", "must not lie before from"));
      }
      if (e.rate().isNegative()) {
        errors = errors.append(new FieldError(field + ".rate", "negative", "must not be negative"));
      }
      for (int j = 0; j < i; j++) {
        // An inverted entry is already reported; its overlap would be noise.
        if (!inverted(e) && !inverted(entries.get(j)) && e.overlaps(entries.get(j))) {
          errors = errors.append(new FieldError(field, "overlap", "overlaps entries[" + j + "]"));
        }
      }
    }
    return errors.isEmpty()
        ? Either.right(new RateTable(entries.sortBy(RateTableEntry::from)))
        : Either.left(new InvalidInput(errors));
  }

  private static boolean inverted(RateTableEntry e) {
    return e.until().exists(u -> u.isBefore(e.from()));
  }

  /** The rate valid in the month, if any. */
  public Option<Money> rateIn(YearMonth month) {
    return entries.find(e -> e.validIn(month)).map(RateTableEntry::rate);
  }

  public Seq<RateTableEntry> entries() {
    return entries;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RateTable other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "RateTable" + entries;
  }
}
