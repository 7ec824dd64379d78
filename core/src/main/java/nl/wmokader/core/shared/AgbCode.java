package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Validation;

/** A care provider's national eight-digit AGB code (Algemeen GegevensBeheer). */
public record AgbCode(String value) implements Comparable<AgbCode> {

  public AgbCode {
    requireNonNull(value, "value");
    if (!Digits.exactly(value, 8)) {
      throw new IllegalArgumentException("an AGB code has 8 digits: " + value);
    }
  }

  public static AgbCode of(String value) {
    return new AgbCode(value);
  }

  public static Validation<FieldError, AgbCode> validate(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(new FieldError(field, "required", "is required"));
    }
    return Digits.exactly(raw, 8)
        ? Validation.valid(new AgbCode(raw))
        : Validation.invalid(new FieldError(field, "agb_code_format", "must be an 8-digit AGB code"));
  }

  @Override
  public int compareTo(AgbCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
