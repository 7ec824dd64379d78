package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Suspends an active contract: no new assignments under it until reactivated; support already
 * assigned goes on. Region staff only.
 */
public interface SuspendContractUseCase {
  /**
   * @return the stored contract (SUSPENDED), or {@code Forbidden}, {@code InvalidInput}, {@code
   *     NotFound}, {@code WrongStatus} (not ACTIVE), {@code ContractTerminated}, {@code StaleVersion}
   */
  Either<DomainError, Contract> suspendContract(Actor actor, SuspendContractCommand command);
}
