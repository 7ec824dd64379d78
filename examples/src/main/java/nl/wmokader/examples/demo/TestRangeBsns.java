package nl.wmokader.examples.demo;

import io.vavr.collection.List;
import io.vavr.collection.Stream;
import nl.wmokader.core.shared.Bsn;

/**
 * BSNs of the range reserved for tests: nine digits starting 9999 that pass the eleven-test.
 * Computed in order, never drawn at random, so the demo data is the same on every machine.
 */
public final class TestRangeBsns {
  /** How many numbers the range holds: the middle four digits for which a check digit exists. */
  public static final int CAPACITY = (int) candidates().size();

  private TestRangeBsns() {}

  /** The first {@code count} test-range BSNs in ascending order, starting at 9999 0001 x. */
  public static List<Bsn> first(int count) {
    if (count < 0 || count > CAPACITY) {
      throw new IllegalArgumentException("count must be 0.." + CAPACITY);
    }
    return candidates().take(count).toList();
  }

  private static Stream<Bsn> candidates() {
    return Stream.rangeClosed(1, 9999).flatMap(TestRangeBsns::withCheckDigit);
  }

  /**
   * 9999 + the four digits of {@code middle} + the check digit that makes the eleven-test pass
   * (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11), when it is a single digit.
   */
  private static Stream<Bsn> withCheckDigit(int middle) {
    String eight = "9999" + String.format("%04d", middle);
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (eight.charAt(i) - '0');
    }
    int check = sum % 11;
    return check > 9 ? Stream.empty() : Stream.of(new Bsn(eight + check));
  }
}
