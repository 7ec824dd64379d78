package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Validation;
import nl.wmokader.core.shared.FieldError;

/**
 * ReferentieAanbieder: the provider's own name for one request (iWmo LDT_Referentie), 1 to 36
 * characters, not only white space; unique per provider, over both kinds of request. The
 * municipality's answer (319) names the request by it.
 */
public record ProviderReference(String value) {
  public static final int MAX_LENGTH = 36;

  public ProviderReference {
    requireNonNull(value, "value");
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("a provider reference is 1 to 36 characters, not only white space");
    }
  }

  public static ProviderReference of(String value) {
    return new ProviderReference(value);
  }

  /** The reference in {@code raw}, else {@code required} or {@code reference_format}; the error does not repeat it. */
  public static Validation<FieldError, ProviderReference> validate(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(new FieldError(field, "required", "is required"));
    }
    return isWellFormed(raw) ? Validation.valid(new ProviderReference(raw))
        : Validation.invalid(new FieldError(field, "reference_format", "must be 1 to 36 characters without control characters"));
  }

  private static boolean isWellFormed(String raw) {
    return !raw.isBlank() && raw.length() <= MAX_LENGTH && raw.chars().noneMatch(Character::isISOControl);
  }

  @Override
  public String toString() {
    return value;
  }
}
