package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Signal;

/** Links an open signal to an investigation or dismisses it, today: the region's staff and supervisors. */
public interface DecideOnSignalUseCase {
  /**
   * @return the stored signal, or {@code Forbidden}, {@code InvalidInput} (no signal, neither or
   *     both of investigation and reason, a reason of 1 to 4,000 characters, an investigation of
   *     another provider), {@code NotFound} (signal, investigation), {@code SignalError.NotOpen},
   *     {@code InvestigationError.Closed}, {@code StaleVersion}
   */
  Either<DomainError, Signal> decideOnSignal(Actor actor, DecideOnSignalCommand command);
}
