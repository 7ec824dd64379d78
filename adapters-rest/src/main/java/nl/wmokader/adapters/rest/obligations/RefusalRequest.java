package nl.wmokader.adapters.rest.obligations;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.obligations.domain.RefusalReason;
import nl.wmokader.core.obligations.port.in.RecordRefusalCommand;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/providers/{agbCode}/refusals}: the day the provider refused a client
 * with an indication, the reason, and an explanation (required for OTHER; never personal data).
 */
public record RefusalRequest(LocalDate refusedOn, RefusalReason reason, String explanation)
    implements ApiRequest<Function<AgbCode, RecordRefusalCommand>> {

  @Override
  public Either<DomainError, Function<AgbCode, RecordRefusalCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    check.present("refusedOn", refusedOn);
    check.present("reason", reason);
    return check.resultFrom(() -> agb -> new RecordRefusalCommand(agb, refusedOn, reason, Option.of(explanation)));
  }
}
