package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Validation;
import nl.wmokader.core.shared.FieldError;

/**
 * Names one admission condition of the open-house checklist, e.g. {@code INSURANCE}: upper-case
 * letters, digits and underscores, starting with a letter, at most 50 characters. Conditions are
 * configuration (see {@link OpenHouseTerms}), so the code is data, not an enum.
 */
public record ConditionCode(String value) implements Comparable<ConditionCode> {

  private static final String PATTERN = "[A-Z][A-Z0-9_]{0,49}";

  public static final ConditionCode QUALITY_FRAMEWORK_DECLARATION = new ConditionCode("QUALITY_FRAMEWORK_DECLARATION");
  public static final ConditionCode CERTIFICATE = new ConditionCode("CERTIFICATE");
  public static final ConditionCode INSURANCE = new ConditionCode("INSURANCE");
  public static final ConditionCode CONDUCT_CERTIFICATE = new ConditionCode("CONDUCT_CERTIFICATE");

  public ConditionCode {
    requireNonNull(value, "value");
    if (!value.matches(PATTERN)) {
      throw new IllegalArgumentException("a condition code is upper-case letters, digits and _: " + value);
    }
  }

  public static ConditionCode of(String value) {
    return new ConditionCode(value);
  }

  public static Validation<FieldError, ConditionCode> validate(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(new FieldError(field, "required", "is required"));
    }
    return raw.matches(PATTERN)
        ? Validation.valid(new ConditionCode(raw))
        : Validation.invalid(new FieldError(field, "condition_code_format",
            "must be upper-case letters, digits and _ (at most 50), starting with a letter"));
  }

  @Override
  public int compareTo(ConditionCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
