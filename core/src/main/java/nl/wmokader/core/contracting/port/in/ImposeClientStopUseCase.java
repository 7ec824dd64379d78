package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Imposes a client stop: no new assignments to the provider under this contract during its period.
 * The region's staff or any member's: a municipality may stop new assignments to a provider on
 * signals of fraud, poor quality or unsafety, and the contract is the whole region's.
 */
public interface ImposeClientStopUseCase {
  /**
   * @return the stored contract, or {@code Forbidden} (not region or member staff), {@code InvalidInput},
   *     {@code NotFound} (contract), {@code ContractTerminated}, {@code RetroactiveChange} (starts
   *     before today), {@code ClientStopsOverlap}, {@code StaleVersion}
   */
  Either<DomainError, Contract> imposeClientStop(Actor actor, ImposeClientStopCommand command);
}
