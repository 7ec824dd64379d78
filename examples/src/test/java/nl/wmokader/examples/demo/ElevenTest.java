package nl.wmokader.examples.demo;

/** The BSN eleven-test, written out again here so that the tests do not trust the code they check. */
final class ElevenTest {
  private ElevenTest() {}

  static boolean passes(String bsn) {
    if (!bsn.matches("\\d{9}")) {
      return false;
    }
    int[] weights = {9, 8, 7, 6, 5, 4, 3, 2, -1};
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += weights[i] * Character.getNumericValue(bsn.charAt(i));
    }
    return sum % 11 == 0;
  }

  static boolean inTestRange(String bsn) {
    return bsn.startsWith("9999") && passes(bsn);
  }
}
