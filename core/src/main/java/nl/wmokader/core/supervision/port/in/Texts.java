package nl.wmokader.core.supervision.port.in;

import nl.wmokader.core.shared.FieldChecks;

/** The free texts supervision's commands carry: as sent (the first round), then against a limit (the second). */
final class Texts {

  /** The most characters a text may have when it is sent. */
  static final int MAX_SENT_LENGTH = 4_000;

  private Texts() {}

  /** {@code text} when it holds 1 to 4,000 characters, else {@code text_length} ({@code required} when absent). */
  static String sent(FieldChecks check, String field, String text) {
    if (text == null) {
      check.add(field, "required", "is required");
      return null;
    }
    if (text.isBlank() || text.length() > MAX_SENT_LENGTH) {
      check.add(field, "text_length", "must hold 1 to 4,000 characters");
      return null;
    }
    return text;
  }

  /** Checks a text of 1 to {@code max} characters. */
  static void check(FieldChecks fields, String field, String value, int max) {
    if (fields.requiredText(field, value)) {
      fields.check(value.length() <= max, field, "too_long", "must be at most " + max + " characters");
    }
  }
}
