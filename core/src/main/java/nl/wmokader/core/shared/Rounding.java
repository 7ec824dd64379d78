package nl.wmokader.core.shared;

import java.math.BigInteger;

/** Exact integer division with the project's single rounding rule: half up, away from zero. */
public final class Rounding {
  private Rounding() {}

  /** {@code numerator / denominator} rounded half away from zero; the result must fit a long. */
  public static long divideHalfUp(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("denominator must be positive");
    }
    BigInteger[] qr = numerator.abs().divideAndRemainder(denominator);
    BigInteger magnitude = qr[1].shiftLeft(1).compareTo(denominator) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    return (numerator.signum() < 0 ? magnitude.negate() : magnitude).longValueExact();
  }

  public static long divideHalfUp(long numerator, long denominator) {
    return divideHalfUp(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }
}
