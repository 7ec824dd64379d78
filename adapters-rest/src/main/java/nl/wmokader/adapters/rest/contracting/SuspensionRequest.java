package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.SuspendContractCommand;
import nl.wmokader.core.shared.DomainError;

/** The body of {@code POST /api/v1/contracts/{contractId}/suspension}: why the contract is suspended. */
public record SuspensionRequest(ClientStopReason reason) implements ApiRequest<Function<ContractId, SuspendContractCommand>> {

  @Override
  public Either<DomainError, Function<ContractId, SuspendContractCommand>> toCommand() {
    return SuspendContractCommand.read(reason).map(command -> command::forContract);
  }
}
