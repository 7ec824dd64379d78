package nl.wmokader.core.contracting.domain;

import io.vavr.control.Validation;
import java.math.BigDecimal;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.Money;

/**
 * A yearly indexation percentage, exact: in basis points (hundredths of a percent), so 3.2% is 320.
 * No floating point anywhere: {@link #apply} multiplies cents by {@code (10000 + bp) / 10000} and
 * rounds once, half up (away from zero), to the cent, as {@link Money#timesFraction} does.
 * Between -99.99% and +100.00%, so that an indexed tariff never turns negative.
 */
public record IndexationRate(int basisPoints) {

  public static final int MIN_BASIS_POINTS = -9_999;
  public static final int MAX_BASIS_POINTS = 10_000;
  private static final String DECIMAL = "-?[0-9]{1,3}(\\.[0-9]{1,2})?";

  public IndexationRate {
    if (basisPoints < MIN_BASIS_POINTS || basisPoints > MAX_BASIS_POINTS) {
      throw new IllegalArgumentException("an indexation rate lies between -99.99% and 100%");
    }
  }

  public static IndexationRate ofBasisPoints(int basisPoints) {
    return new IndexationRate(basisPoints);
  }

  /** {@code tariff × (1 + rate)}, rounded half up to the cent. */
  public Money apply(Money tariff) {
    return tariff.timesFraction(10_000L + basisPoints, 10_000L);
  }

  public boolean isZero() {
    return basisPoints == 0;
  }

  /**
   * A percentage written as a decimal with at most two decimals ({@code "3.2"}, {@code "-0.75"}),
   * parsed exactly.
   */
  public static Validation<FieldError, IndexationRate> parse(String field, String percentage) {
    if (percentage == null || percentage.isBlank()) {
      return Validation.invalid(new FieldError(field, "required", "is required"));
    }
    if (!percentage.matches(DECIMAL)) {
      return Validation.invalid(new FieldError(field, "percentage_format",
          "must be a percentage with at most two decimals, e.g. \"3.2\""));
    }
    int bp = new BigDecimal(percentage).movePointRight(2).intValueExact();
    return bp < MIN_BASIS_POINTS || bp > MAX_BASIS_POINTS
        ? Validation.invalid(new FieldError(field, "out_of_range", "must lie between -99.99 and 100"))
        : Validation.valid(new IndexationRate(bp));
  }

  /** As a percentage: {@code 3.20%}. */
  @Override
  public String toString() {
    return BigDecimal.valueOf(basisPoints, 2).toPlainString() + "%";
  }
}
