package nl.wmokader.adapters.rest.settlement;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * What the settlement routes read outside a body (identifiers, municipality codes, months and
 * years in paths and query parameters) and the months in bodies, each error naming the field as
 * the client sent it.
 */
final class SettlementParams {
  static final String MUNICIPALITY_CODE = "municipalityCode";

  private SettlementParams() {}

  /** A UUID in its canonical form, or a {@code uuid_format} error ({@code required} when absent). */
  static UUID uuid(FieldChecks check, String field, String raw) {
    return check.uuid(field, raw);
  }

  /** A month as {@code YYYY-MM}, or a {@code month_format} error ({@code required} when absent). */
  static YearMonth month(FieldChecks check, String field, String raw) {
    if (raw == null || raw.isBlank()) {
      check.add(field, "required", "is required");
      return null;
    }
    if (raw.matches("[0-9]{4}-[0-9]{2}")) {
      try {
        return YearMonth.parse(raw);
      } catch (DateTimeException e) {
        // a month 00 or 13: reported below
      }
    }
    check.add(field, "month_format", "must be a month as YYYY-MM");
    return null;
  }

  /** A path segment's text: never missing, only malformed ({@code %20} decodes to blank). */
  static String path(ApiCall call, String name) {
    String raw = call.pathParam(name);
    return raw == null || raw.isBlank() ? "-" : raw;
  }

  /** The {@code {municipalityCode}} of the path, checked into {@code check}. */
  static MunicipalityCode municipalityCode(FieldChecks check, ApiCall call) {
    return check.valid(MunicipalityCode.validate(MUNICIPALITY_CODE, path(call, MUNICIPALITY_CODE)));
  }

  /** The {@code {year}} of the path as an integer (its range is the core's to check). */
  static Integer year(FieldChecks check, ApiCall call) {
    String raw = path(call, "year");
    if (!raw.matches("-?[0-9]{1,9}")) {
      check.add("year", "invalid_type", "must be an integer");
      return null;
    }
    return Integer.parseInt(raw);
  }

  /** The text of a query parameter, or null; an empty value counts as absent. */
  static String query(ApiCall call, String name) {
    return call.query(name).filter(v -> !v.isEmpty()).getOrNull();
  }


}
