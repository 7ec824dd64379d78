package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * A provider requests a client stop on its own contract; it is in force only once the region
 * consents. By the provider's own staff only.
 */
public interface RequestClientStopUseCase {
  /**
   * @return the stored contract with the pending request, or {@code Forbidden} (any other role),
   *     {@code InvalidInput}, {@code NotFound} (contract absent or another provider's), {@code
   *     ContractTerminated}, {@code RetroactiveChange} (starting before today), {@code StaleVersion}
   */
  Either<DomainError, Contract> requestClientStop(Actor actor, RequestClientStopCommand command);
}
