package nl.wmokader.adapters.rest.settlement;

import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.Params;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * What only the settlement routes read from a path (a municipality code, a year), each error
 * naming the field as the client sent it; the rest is {@link Params}'.
 */
final class SettlementParams {
  static final String MUNICIPALITY_CODE = "municipalityCode";

  private SettlementParams() {}

  /** The {@code {municipalityCode}} of the path, checked into {@code check}. */
  static MunicipalityCode municipalityCode(FieldChecks check, ApiCall call) {
    return check.valid(MunicipalityCode.validate(MUNICIPALITY_CODE, Params.path(call, MUNICIPALITY_CODE)));
  }

  /** The {@code {year}} of the path as an integer (its range is the core's to check). */
  static Integer year(FieldChecks check, ApiCall call) {
    String raw = Params.path(call, "year");
    if (!raw.matches("-?[0-9]{1,9}")) {
      check.add("year", "invalid_type", "must be an integer");
      return null;
    }
    return Integer.parseInt(raw);
  }
}
