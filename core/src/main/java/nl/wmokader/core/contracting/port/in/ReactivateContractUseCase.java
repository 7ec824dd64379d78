package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Reactivates a suspended contract, exactly as it was before. Region staff only. */
public interface ReactivateContractUseCase {
  /**
   * @return the stored contract (ACTIVE), or {@code Forbidden}, {@code InvalidInput}, {@code
   *     NotFound}, {@code WrongStatus} (not SUSPENDED), {@code ContractTerminated}, {@code StaleVersion}
   */
  Either<DomainError, Contract> reactivateContract(Actor actor, ReactivateContractCommand command);
}
