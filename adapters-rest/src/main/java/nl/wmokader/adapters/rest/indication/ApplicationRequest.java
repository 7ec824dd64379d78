package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.shared.DomainError;

/** The body of {@code POST /api/v1/indications/{indicationId}/application}: an application on a case. */
public record ApplicationRequest(LocalDate appliedOn)
    implements ApiRequest<Function<IndicationId, SubmitApplicationCommand>> {

  @Override
  public Either<DomainError, Function<IndicationId, SubmitApplicationCommand>> toCommand() {
    return SubmitApplicationCommand.read(appliedOn);
  }
}
