package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.adapters.rest.FieldCheck;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.shared.DomainError;

/** The body of {@code POST /api/v1/indications/{indicationId}/application}: an application on a case. */
public record ApplicationRequest(LocalDate appliedOn)
    implements ApiRequest<Function<IndicationId, SubmitApplicationCommand>> {

  @Override
  public Either<DomainError, Function<IndicationId, SubmitApplicationCommand>> toCommand() {
    FieldCheck check = new FieldCheck();
    LocalDate on = check.required("appliedOn", appliedOn);
    return check.result(() -> id -> SubmitApplicationCommand.onCase(id, on));
  }
}
