package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Lifts a client stop from a date on; a stop that would only start then is withdrawn. The region's
 * staff or any member's, as they impose it.
 */
public interface LiftClientStopUseCase {
  /**
   * @return the stored contract, or {@code Forbidden} (not region or member staff), {@code InvalidInput},
   *     {@code NotFound} (contract), {@code ContractTerminated}, {@code RetroactiveChange} (before
   *     today), {@code NoClientStopToLift}, {@code StaleVersion}
   */
  Either<DomainError, Contract> liftClientStop(Actor actor, LiftClientStopCommand command);
}
