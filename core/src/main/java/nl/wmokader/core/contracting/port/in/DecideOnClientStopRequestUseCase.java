package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * The region decides on a provider's client-stop request: a consent imposes the stop over the
 * requested period, a refusal records the decision. Region staff only.
 */
public interface DecideOnClientStopRequestUseCase {
  /**
   * @return the stored contract, or {@code Forbidden}, {@code InvalidInput}, {@code NotFound}
   *     (contract or request), {@code ContractTerminated}, {@code ClientStopRequestDecided}, and on
   *     consent {@code RetroactiveChange} (the period started before today) or {@code
   *     ClientStopsOverlap}; {@code StaleVersion}
   */
  Either<DomainError, Contract> decideOnClientStopRequest(Actor actor, DecideOnClientStopRequestCommand command);
}
