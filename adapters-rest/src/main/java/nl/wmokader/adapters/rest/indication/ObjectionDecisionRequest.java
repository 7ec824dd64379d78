package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.ObjectionOutcome;
import nl.wmokader.core.indication.port.in.DecideOnObjectionCommand;
import nl.wmokader.core.shared.DomainError;

/** The body of {@code POST /api/v1/indications/{indicationId}/objection/decision}. */
public record ObjectionDecisionRequest(ObjectionOutcome outcome, LocalDate decidedOn)
    implements ApiRequest<Function<IndicationId, DecideOnObjectionCommand>> {

  @Override
  public Either<DomainError, Function<IndicationId, DecideOnObjectionCommand>> toCommand() {
    return DecideOnObjectionCommand.read(outcome, decidedOn);
  }
}
