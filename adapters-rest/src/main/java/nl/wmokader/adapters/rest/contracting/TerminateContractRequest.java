package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.TerminateContractCommand;
import nl.wmokader.core.shared.DomainError;

/** The body of {@code POST /api/v1/contracts/{contractId}/termination}: the first day without the contract. */
public record TerminateContractRequest(LocalDate from) implements ApiRequest<Function<ContractId, TerminateContractCommand>> {

  @Override
  public Either<DomainError, Function<ContractId, TerminateContractCommand>> toCommand() {
    return TerminateContractCommand.read(from).map(command -> command::forContract);
  }
}
