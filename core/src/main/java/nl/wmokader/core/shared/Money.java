package nl.wmokader.core.shared;

/**
 * An exact amount of euros in cents. Arithmetic overflows loudly ({@link ArithmeticException})
 * rather than wrapping; untrusted amounts are range-checked before they get here. Fractions
 * (minutes of an hourly tariff, a percentage share, indexation) round once, half up (away from
 * zero), to the cent.
 */
public record Money(long cents) implements Comparable<Money> {

  public static final Money ZERO = new Money(0);

  public static Money ofCents(long cents) {
    return new Money(cents);
  }

  /** Whole euros and cents, for readable reference data: {@code euros(21, 80)} is €21.80. */
  public static Money euros(long euros, int cents) {
    if (cents < 0 || cents > 99) {
      throw new IllegalArgumentException("cents must be 0..99");
    }
    return new Money(Math.addExact(Math.multiplyExact(euros, 100), euros < 0 ? -cents : cents));
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(cents, other.cents));
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(cents, other.cents));
  }

  public Money negate() {
    return new Money(Math.negateExact(cents));
  }

  public Money times(long factor) {
    return new Money(Math.multiplyExact(cents, factor));
  }

  /**
   * {@code this × numerator / denominator}, rounded half up (away from zero) to the cent: the one
   * rounding of a fractional computation. The intermediate product is exact.
   */
  public Money timesFraction(long numerator, long denominator) {
    if (denominator <= 0) {
      throw new IllegalArgumentException("denominator must be positive");
    }
    return new Money(Rounding.divideHalfUp(
        java.math.BigInteger.valueOf(cents).multiply(java.math.BigInteger.valueOf(numerator)),
        java.math.BigInteger.valueOf(denominator)));
  }

  public boolean isNegative() {
    return cents < 0;
  }

  public boolean isZero() {
    return cents == 0;
  }

  public boolean isPositive() {
    return cents > 0;
  }

  public Money max(Money other) {
    return cents >= other.cents ? this : other;
  }

  public Money min(Money other) {
    return cents <= other.cents ? this : other;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cents, other.cents);
  }

  /** {@code €1234.05}, {@code -€0.10}. */
  @Override
  public String toString() {
    long abs = Math.abs(cents);
    return (cents < 0 ? "-" : "") + "€" + abs / 100 + "." + String.format("%02d", abs % 100);
  }
}
