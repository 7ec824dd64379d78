package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Reads a contract: open to the region's and the members' staff and to supervisors; a provider's
 * staff see only their own provider's contracts.
 */
public interface GetContractUseCase {
  /** @return the contract, or {@code NotFound} (absent, or another provider's), {@code InvalidInput} */
  Either<DomainError, Contract> getContract(Actor actor, ContractId id);
}
