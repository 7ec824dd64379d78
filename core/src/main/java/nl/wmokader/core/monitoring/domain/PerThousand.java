package nl.wmokader.core.monitoring.domain;

import java.math.BigInteger;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.Rounding;

/**
 * A count per 1,000 inhabitants, exact and rounded once, half up, to {@link #SCALE} decimals:
 * {@code hundredths = round(count × 1000 × 100 / inhabitants)}; 12 clients among 37,000 inhabitants
 * are {@code 32} hundredths (0.32). An amount per 1,000 inhabitants is {@link #money}: rounded to
 * the cent the same way. Integers only, no floating point.
 *
 * @param hundredths the rate × 100
 */
public record PerThousand(long hundredths) {

  /** Decimals kept. */
  public static final int SCALE = 2;

  /** {@code count} per 1,000 of {@code inhabitants} (positive). */
  public static PerThousand of(long count, long inhabitants) {
    return new PerThousand(Rounding.divideHalfUp(
        BigInteger.valueOf(count).multiply(BigInteger.valueOf(100_000)), BigInteger.valueOf(positive(inhabitants))));
  }

  /** {@code amount} per 1,000 of {@code inhabitants} (positive), to the cent. */
  public static Money money(Money amount, long inhabitants) {
    return amount.timesFraction(1000, positive(inhabitants));
  }

  private static long positive(long inhabitants) {
    if (inhabitants <= 0) {
      throw new IllegalArgumentException("a rate per inhabitant needs inhabitants");
    }
    return inhabitants;
  }

  /** {@code 0.32}, {@code -1.05}. */
  @Override
  public String toString() {
    long abs = Math.abs(hundredths);
    return (hundredths < 0 ? "-" : "") + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
  }
}
