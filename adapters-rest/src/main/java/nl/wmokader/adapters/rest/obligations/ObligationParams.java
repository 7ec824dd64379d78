package nl.wmokader.adapters.rest.obligations;

import io.vavr.control.Either;
import java.util.UUID;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.adapters.rest.InputResults;
import nl.wmokader.core.obligations.domain.RefusalId;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * What the obligation routes read outside a body: the provider's AGB code and a refusal id in the
 * path, and the query parameters, strictly (an unknown parameter is an error, so a typo never
 * silently changes an answer), each error naming the parameter as the client sent it.
 */
final class ObligationParams {
  static final String AGB_CODE = "agbCode";
  static final String REFUSAL_ID = "refusalId";

  private ObligationParams() {}

  /** The {@code {agbCode}} of the path, or a 400 naming it. */
  static Either<DomainError, AgbCode> agbCode(ApiCall call) {
    FieldChecks check = new FieldChecks();
    String raw = call.pathParam(AGB_CODE);
    // a path segment is never missing, only malformed (%20 decodes to blank)
    AgbCode agb = check.valid(AgbCode.validate(AGB_CODE, raw == null || raw.isBlank() ? "-" : raw));
    return check.resultFrom(() -> agb);
  }

  /** The {@code {refusalId}} of the path, checked into {@code check}. */
  static RefusalId refusalId(FieldChecks check, ApiCall call) {
    String raw = call.pathParam(REFUSAL_ID);
    if (!FieldChecks.isUuid(raw)) {
      check.add(REFUSAL_ID, "uuid_format", FieldChecks.UUID_FORMAT);
      return null;
    }
    return new RefusalId(UUID.fromString(raw));
  }

  /**
   * The last year the query may name. The core knows years up to 9999, but an evaluation's due dates
   * fall in the year after (9999 answered {@code "dueOn":"+10000-04-01"}, no date of the document),
   * and the API's dates end with {@value nl.wmokader.adapters.rest.Params#LAST_DATE_YEAR}.
   */
  static final int LAST_YEAR = nl.wmokader.adapters.rest.Params.LAST_DATE_YEAR - 1;

  /** The required {@code year} query parameter as an integer, at most {@link #LAST_YEAR} (the lower bound is the core's). */
  static Integer year(FieldChecks check, ApiCall call) {
    String raw = call.query("year").filter(v -> !v.isEmpty()).getOrNull();
    if (raw == null) {
      check.add("year", "required", "is required");
      return null;
    }
    if (!raw.matches("-?[0-9]{1,9}")) {
      check.add("year", "invalid_type", "must be an integer");
      return null;
    }
    int year = Integer.parseInt(raw);
    if (year > LAST_YEAR) {
      check.add("year", "out_of_range", "must be at most " + LAST_YEAR + ": its obligations fall due the year after");
      return null;
    }
    return year;
  }

  /**
   * The command on the path's provider from the body's request: a malformed AGB code and every
   * invalid field of the body are reported together.
   */
  static <C, R extends ApiRequest<Function<AgbCode, C>>> Either<DomainError, C> onProvider(ApiCall call, Class<R> requestType) {
    return InputResults.both(agbCode(call), call.command(requestType), (agb, f) -> f.apply(agb));
  }
}
