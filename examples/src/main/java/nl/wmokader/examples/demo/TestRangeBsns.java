package nl.wmokader.examples.demo;

import io.vavr.collection.List;
import nl.wmokader.core.shared.Bsn;

/**
 * BSNs of the range reserved for tests: nine digits starting 9999 that pass the eleven-test.
 * Computed in order, never drawn at random, so the demo data is the same on every machine.
 */
public final class TestRangeBsns {
  /** The weights of the eleven-test, digit one to eight. */
  private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2};

  /** How many numbers the range holds: the middle four digits for which a check digit exists. */
  public static final int CAPACITY = capacity();

  private TestRangeBsns() {}

  /** The first {@code count} test-range BSNs in ascending order, starting at 9999 0001 x. */
  public static List<Bsn> first(int count) {
    if (count < 0 || count > CAPACITY) {
      throw new IllegalArgumentException("count must be 0.." + CAPACITY);
    }
    java.util.List<Bsn> bsns = new java.util.ArrayList<>(count);
    for (int middle = 1; bsns.size() < count; middle++) {
      int check = checkDigit(middle);
      if (check <= 9) {
        bsns.add(new Bsn("9999" + fourDigits(middle) + check));
      }
    }
    return List.ofAll(bsns);
  }

  // Counted by arithmetic, without building the numbers: the service computes this on every start.
  private static int capacity() {
    int count = 0;
    for (int middle = 1; middle <= 9999; middle++) {
      if (checkDigit(middle) <= 9) {
        count++;
      }
    }
    return count;
  }

  /**
   * The digit that makes 9999 + the four digits of {@code middle} + it pass the eleven-test
   * (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11); 10 when no single digit does.
   */
  private static int checkDigit(int middle) {
    int sum = 0;
    for (int i = 0; i < 4; i++) {
      sum += WEIGHTS[i] * 9;
    }
    int rest = middle;
    for (int i = 7; i >= 4; i--) {
      sum += WEIGHTS[i] * (rest % 10);
      rest /= 10;
    }
    return sum % 11;
  }

  private static String fourDigits(int middle) {
    String digits = Integer.toString(middle);
    return "0000".substring(digits.length()) + digits;
  }
}
