package nl.wmokader.core.catalogue.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Validation;
import nl.wmokader.core.shared.FieldError;

/** A product code (productcode): one to five letters or digits, e.g. {@code 02A01}. */
public record ProductCode(String value) implements Comparable<ProductCode> {
  public ProductCode {
    requireNonNull(value, "value");
    if (!wellFormed(value)) {
      throw new IllegalArgumentException("a product code has 1 to 5 capitals or digits: " + value);
    }
  }

  public static ProductCode of(String value) {
    return new ProductCode(value);
  }

  public static Validation<FieldError, ProductCode> validate(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(new FieldError(field, "required", "is required"));
    }
    return wellFormed(raw)
        ? Validation.valid(new ProductCode(raw))
        : Validation.invalid(new FieldError(field, "product_code_format", "must be 1 to 5 capitals or digits"));
  }

  @Override
  public int compareTo(ProductCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }

  /** One to five digits or capitals (without a regular expression: codes are read by the thousand). */
  private static boolean wellFormed(String text) {
    if (text.isEmpty() || text.length() > 5) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }
}
