package nl.wmokader.adapters.rest.fuzz;

import java.util.Random;

/** BSNs of the reserved test range only: nine digits starting 9999 that pass the eleven-test. */
final class TestBsns {
  private TestBsns() {}

  /** A random valid test-range BSN. */
  static String any(Random random) {
    while (true) {
      String bsn = String.format("9999%04d", random.nextInt(10_000));
      for (int check = 0; check <= 9; check++) {
        if (elevenTest(bsn + check)) {
          return bsn + check;
        }
      }
    }
  }

  /** A test-range number that fails the eleven-test: its check digit is off by one. */
  static String failingElevenTest(Random random) {
    String valid = any(random);
    int last = valid.charAt(8) - '0';
    return valid.substring(0, 8) + ((last + 1) % 10);
  }

  /** The eleven-test of a BSN: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11. */
  static boolean elevenTest(String bsn) {
    if (!bsn.matches("[0-9]{9}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (bsn.charAt(i) - '0');
    }
    sum -= bsn.charAt(8) - '0';
    return sum % 11 == 0;
  }
}
