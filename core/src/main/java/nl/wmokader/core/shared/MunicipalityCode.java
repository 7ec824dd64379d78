package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Validation;

/** A municipality's four-digit CBS code (gemeentecode), e.g. {@code 0828} for Oss. */
public record MunicipalityCode(String value) implements Comparable<MunicipalityCode> {

  public MunicipalityCode {
    requireNonNull(value, "value");
    if (!Digits.exactly(value, 4)) {
      throw new IllegalArgumentException("a CBS municipality code has 4 digits: " + value);
    }
  }

  public static MunicipalityCode of(String value) {
    return new MunicipalityCode(value);
  }

  public static Validation<FieldError, MunicipalityCode> validate(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(new FieldError(field, "required", "is required"));
    }
    return Digits.exactly(raw, 4)
        ? Validation.valid(new MunicipalityCode(raw))
        : Validation.invalid(new FieldError(field, "municipality_code_format", "must be a 4-digit CBS code"));
  }

  @Override
  public int compareTo(MunicipalityCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
