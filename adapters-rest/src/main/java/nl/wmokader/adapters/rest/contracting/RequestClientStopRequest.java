package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.RequestClientStopCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/contracts/{contractId}/client-stop-requests}: the stop's first day,
 * its last day (absent: until lifted) and why the provider asks for it.
 */
public record RequestClientStopRequest(LocalDate from, LocalDate until, String explanation)
    implements ApiRequest<Function<ContractId, RequestClientStopCommand>> {

  @Override
  public Either<DomainError, Function<ContractId, RequestClientStopCommand>> toCommand() {
    return RequestClientStopCommand.read(from, until, explanation).map(command -> command::forContract);
  }
}
