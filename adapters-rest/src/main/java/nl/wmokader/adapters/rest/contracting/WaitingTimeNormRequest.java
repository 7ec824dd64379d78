package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.SetWaitingTimeNormCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code PUT /api/v1/contracts/{contractId}/waiting-time-norm}: the most days (1..365)
 * from assignment to start of delivery.
 */
public record WaitingTimeNormRequest(Integer maxDays) implements ApiRequest<Function<ContractId, SetWaitingTimeNormCommand>> {

  @Override
  public Either<DomainError, Function<ContractId, SetWaitingTimeNormCommand>> toCommand() {
    return SetWaitingTimeNormCommand.read(maxDays).map(command -> command::forContract);
  }
}
