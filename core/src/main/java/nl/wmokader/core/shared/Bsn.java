package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Validation;

/**
 * A citizen service number (burgerservicenummer): nine digits that pass the eleven-test. Personal
 * data: {@link #toString()} never shows it, so it cannot leak into a log by accident; read
 * {@link #value()} only where the number itself is the point (persistence, messages).
 */
public record Bsn(String value) {

  public Bsn {
    requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a valid BSN");
    }
  }

  /** Parses untrusted input; the error never repeats the value. */
  public static Validation<FieldError, Bsn> validate(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(new FieldError(field, "required", "is required"));
    }
    if (!Digits.exactly(raw, 9)) {
      return Validation.invalid(new FieldError(field, "bsn_format", "must be 9 digits"));
    }
    if (!passesElevenTest(raw)) {
      return Validation.invalid(new FieldError(field, "bsn_eleven_test", "fails the eleven-test"));
    }
    return Validation.valid(new Bsn(raw));
  }

  public static boolean isValid(String raw) {
    return raw != null && Digits.exactly(raw, 9) && passesElevenTest(raw);
  }

  /** 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and the number is not all zeros). */
  static boolean passesElevenTest(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (nineDigits.charAt(i) - '0');
    }
    sum -= nineDigits.charAt(8) - '0';
    return sum % 11 == 0 && !nineDigits.equals("000000000");
  }

  /** Whether it lies in the range reserved for tests (starting 9999), the only one demo data uses. */
  public boolean isTestNumber() {
    return value.startsWith("9999");
  }

  @Override
  public String toString() {
    return "Bsn[***]";
  }
}
