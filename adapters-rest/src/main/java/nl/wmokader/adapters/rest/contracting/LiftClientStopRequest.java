package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.LiftClientStopCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/contracts/{contractId}/client-stop-lifts}: the first day new
 * assignments are allowed again.
 */
public record LiftClientStopRequest(LocalDate from) implements ApiRequest<Function<ContractId, LiftClientStopCommand>> {

  @Override
  public Either<DomainError, Function<ContractId, LiftClientStopCommand>> toCommand() {
    return LiftClientStopCommand.read(from).map(command -> command::forContract);
  }
}
