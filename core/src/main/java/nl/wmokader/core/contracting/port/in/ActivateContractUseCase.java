package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Activates an admitted contract: from now on it gives delivery rights. Region staff only. */
public interface ActivateContractUseCase {
  /**
   * @return the stored contract (ACTIVE), or {@code Forbidden}, {@code InvalidInput}, {@code
   *     NotFound}, {@code WrongStatus} (not ADMITTED), {@code ContractTerminated}, {@code StaleVersion}
   */
  Either<DomainError, Contract> activateContract(Actor actor, ActivateContractCommand command);
}
