package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Terminates a contract in any status from a date on; its lots end the day before. Final. For an
 * application or an admitted contract it is its withdrawal.
 */
public interface TerminateContractUseCase {
  /**
   * @return the stored contract, or {@code Forbidden} (not region staff), {@code InvalidInput},
   *     {@code NotFound} (contract), {@code ContractTerminated} (already), {@code RetroactiveChange}
   *     (before today), {@code TerminationOutsideContractPeriod}, {@code StaleVersion}
   */
  Either<DomainError, Contract> terminateContract(Actor actor, TerminateContractCommand command);
}
