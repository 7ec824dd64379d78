package nl.wmokader.adapters.rest.obligations;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.obligations.domain.RefusalReason;
import nl.wmokader.core.obligations.port.in.RecordRefusalCommand;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/providers/{agbCode}/refusals}: the day the provider refused a client
 * with an indication, the reason, and an explanation (required for OTHER; never personal data).
 */
public record RefusalRequest(LocalDate refusedOn, RefusalReason reason, String explanation)
    implements ApiRequest<Function<AgbCode, RecordRefusalCommand>> {

  @Override
  public Either<DomainError, Function<AgbCode, RecordRefusalCommand>> toCommand() {
    return RecordRefusalCommand.read(refusedOn, reason, explanation);
  }
}
