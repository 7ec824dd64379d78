package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.ImposeClientStopCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/contracts/{contractId}/client-stops}: the stop's first day, its last
 * day (absent: until lifted) and the reason.
 */
public record ImposeClientStopRequest(LocalDate from, LocalDate until, ClientStopReason reason)
    implements ApiRequest<Function<ContractId, ImposeClientStopCommand>> {

  @Override
  public Either<DomainError, Function<ContractId, ImposeClientStopCommand>> toCommand() {
    return ImposeClientStopCommand.read(from, until, reason).map(command -> command::forContract);
  }
}
