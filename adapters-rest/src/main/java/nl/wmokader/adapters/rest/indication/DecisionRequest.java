package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/indications/{indicationId}/decision}: the decision date and either
 * a {@code grant} or a {@code refusalReason}. Which of the two, and what the grant may hold, the use
 * case checks; here only presence and form.
 */
public record DecisionRequest(LocalDate decidedOn, DecideOnApplicationCommand.GrantInput grant, String refusalReason)
    implements ApiRequest<Function<IndicationId, DecideOnApplicationCommand>> {

  @Override
  public Either<DomainError, Function<IndicationId, DecideOnApplicationCommand>> toCommand() {
    return DecideOnApplicationCommand.read(decidedOn, grant, refusalReason);
  }
}
