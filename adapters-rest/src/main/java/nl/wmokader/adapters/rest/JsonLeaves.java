package nl.wmokader.adapters.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import nl.wmokader.core.shared.FieldError;

/**
 * What both body binders demand of a text leaf beyond JSON's own types: no control characters in a
 * string (a NUL or an escape sequence has no place in any field and may end up in a log or a
 * file), and a date exactly as {@code yyyy-mm-dd} with a year from {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR} (a year -1 or 10000 is no Wmo date and breaks the API's own answers).
 */
final class JsonLeaves {
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2999;
  static final String DATE_FORMAT = "must be an ISO-8601 date (yyyy-mm-dd)";

  private JsonLeaves() {}

  /** The error of string leaf {@code text} at {@code path}, or null when it has none. */
  static FieldError string(String path, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
        return new FieldError(path, "control_character",
            "must not hold control characters (only tab, line feed and carriage return)");
      }
    }
    return null;
  }

  /** {@code yyyy-mm-dd} exactly, a real day; null for anything else. */
  static LocalDate isoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The error of a date leaf read as {@code date} (null: not {@code yyyy-mm-dd}) at {@code path}, or null. */
  static FieldError date(String path, LocalDate date) {
    if (date == null) {
      return new FieldError(path, "date_format", DATE_FORMAT);
    }
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      return new FieldError(path, "out_of_range", "must lie in the years " + FIRST_YEAR + " to " + LAST_YEAR);
    }
    return null;
  }

  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
