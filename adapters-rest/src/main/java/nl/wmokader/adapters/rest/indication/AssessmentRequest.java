package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.port.in.CompleteAssessmentCommand;
import nl.wmokader.core.shared.DomainError;

/** The body of {@code POST /api/v1/indications/{indicationId}/assessment}. */
public record AssessmentRequest(LocalDate assessedOn)
    implements ApiRequest<Function<IndicationId, CompleteAssessmentCommand>> {

  @Override
  public Either<DomainError, Function<IndicationId, CompleteAssessmentCommand>> toCommand() {
    return CompleteAssessmentCommand.read(assessedOn);
  }
}
