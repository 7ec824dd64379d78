package nl.wmokader.core.settlement.port.in;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import nl.wmokader.core.shared.FieldChecks;

/** Field formats the settlement's commands share. */
final class SettlementFields {

  private SettlementFields() {}

  /** The month, or null: absent text stays null (the use case says whether it is required), malformed text is a {@code month_format} error. */
  static YearMonth optionalMonth(FieldChecks check, String field, String raw) {
    if (raw == null) {
      return null;
    }
    if (raw.length() == 7 && raw.charAt(4) == '-' && digits(raw, 0, 4) && digits(raw, 5, 7)) {
      try {
        return YearMonth.parse(raw);
      } catch (DateTimeParseException e) {
        // a month 00 or 13: the format error below
      }
    }
    check.add(field, "month_format", "must be an ISO-8601 month (yyyy-mm)");
    return null;
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
