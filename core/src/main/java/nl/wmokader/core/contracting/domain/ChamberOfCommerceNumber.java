package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Validation;
import nl.wmokader.core.shared.FieldError;

/**
 * A provider's Chamber of Commerce number (KvK-nummer): eight digits. The number carries no check
 * digit, so the format is all that can be validated.
 */
public record ChamberOfCommerceNumber(String value) {

  public ChamberOfCommerceNumber {
    requireNonNull(value, "value");
    if (!value.matches("\\d{8}")) {
      throw new IllegalArgumentException("a Chamber of Commerce number has 8 digits");
    }
  }

  public static ChamberOfCommerceNumber of(String value) {
    return new ChamberOfCommerceNumber(value);
  }

  /** Validates untrusted input: required, and exactly eight digits. */
  public static Validation<FieldError, ChamberOfCommerceNumber> validate(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(new FieldError(field, "required", "is required"));
    }
    return raw.matches("\\d{8}")
        ? Validation.valid(new ChamberOfCommerceNumber(raw))
        : Validation.invalid(new FieldError(field, "kvk_number_format", "must be an 8-digit Chamber of Commerce number"));
  }

  @Override
  public String toString() {
    return value;
  }
}
