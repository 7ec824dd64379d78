package nl.wmokader.core.shared;

/** Digit-only codes (AGB, municipality, BSN), checked without a regular expression: adapters read them by the thousand. */
final class Digits {

  private Digits() {}

  /** Whether {@code text} is exactly {@code length} ASCII digits. */
  static boolean exactly(String text, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
