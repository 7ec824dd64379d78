package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Imposes a client stop: no new assignments to the provider under this contract during its period. */
public interface ImposeClientStopUseCase {
  /**
   * @return the stored contract, or {@code Forbidden} (not region staff), {@code InvalidInput},
   *     {@code NotFound} (contract), {@code ContractTerminated}, {@code RetroactiveChange} (starts
   *     before today), {@code ClientStopsOverlap}, {@code StaleVersion}
   */
  Either<DomainError, Contract> imposeClientStop(Actor actor, ImposeClientStopCommand command);
}
