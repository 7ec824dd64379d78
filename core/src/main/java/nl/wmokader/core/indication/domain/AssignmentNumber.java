package nl.wmokader.core.indication.domain;

import io.vavr.control.Validation;
import nl.wmokader.core.shared.FieldError;

/**
 * iWmo's ToewijzingNummer: the number a municipality gives an assignment in its 301, by which the
 * provider names it in 305, 307 and 323. The basisschema's {@code LDT_Nummer}: an integer of 0 to
 * 999,999,999. Unique per responsible municipality (retourcode 9332), not across the region: two
 * members may both have an assignment 1.
 */
public record AssignmentNumber(long value) implements Comparable<AssignmentNumber> {

  /** The largest number {@code LDT_Nummer} allows. */
  public static final long MAX = 999_999_999L;
  private static final int MAX_DIGITS = 9;

  public AssignmentNumber {
    if (value < 0 || value > MAX) {
      throw new IllegalArgumentException("an assignment number is 0 to 999,999,999");
    }
  }

  public static AssignmentNumber of(long value) {
    return new AssignmentNumber(value);
  }

  /**
   * The number in {@code raw}: one to nine digits (leading zeros allowed, as {@code xs:integer}
   * allows them), else {@code required} or {@code assignment_number_format}.
   */
  public static Validation<FieldError, AssignmentNumber> validate(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(new FieldError(field, "required", "is required"));
    }
    return isWellFormed(raw)
        ? Validation.valid(parse(raw))
        : Validation.invalid(new FieldError(field, "assignment_number_format", "must be 1 to 9 digits"));
  }

  /** Whether {@code raw} is one to nine ASCII digits (without a regular expression: claims read them by the thousand). */
  public static boolean isWellFormed(String raw) {
    if (raw == null || raw.isEmpty() || raw.length() > MAX_DIGITS) {
      return false;
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The number of well-formed text ({@link #isWellFormed}). */
  public static AssignmentNumber parse(String raw) {
    if (!isWellFormed(raw)) {
      throw new IllegalArgumentException("not 1 to 9 digits");
    }
    return new AssignmentNumber(Long.parseLong(raw));
  }

  /** The number after this one, none past {@link #MAX}. */
  public io.vavr.control.Option<AssignmentNumber> next() {
    return value < MAX ? io.vavr.control.Option.some(new AssignmentNumber(value + 1)) : io.vavr.control.Option.none();
  }

  @Override
  public int compareTo(AssignmentNumber o) {
    return Long.compare(value, o.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
