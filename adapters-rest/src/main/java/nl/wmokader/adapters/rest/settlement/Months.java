package nl.wmokader.adapters.rest.settlement;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import nl.wmokader.core.shared.FieldChecks;

/** Calendar months in JSON: ISO-8601 {@code yyyy-mm} text. */
final class Months {
  private Months() {}

  /** The month, or null: absent text stays null (the use case reports it), malformed text is a {@code month_format} error. */
  static YearMonth parse(FieldChecks check, String field, String raw) {
    if (raw == null) {
      return null;
    }
    if (raw.matches("\\d{4}-\\d{2}")) {
      try {
        return YearMonth.parse(raw);
      } catch (DateTimeParseException e) {
        // falls through to the format error
      }
    }
    check.add(field, "month_format", "must be an ISO-8601 month (yyyy-mm)");
    return null;
  }
}
