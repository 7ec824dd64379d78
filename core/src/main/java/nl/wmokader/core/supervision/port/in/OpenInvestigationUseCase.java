package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Investigation;

/**
 * Opens an investigation: the region's staff and supervisors. A signal-driven one links its
 * signals through the signal register; the investigation is stored first, then each signal.
 */
public interface OpenInvestigationUseCase {
  /**
   * @return the stored investigation, or {@code Forbidden}, {@code InvalidInput} (every field error
   *     at once: missing fields, unknown provider, a delivery form the provider does not offer,
   *     unknown signals or signals about another provider), {@code SignalError.NotOpen} (a signal
   *     already decided: nothing stored), {@code StaleVersion} (a signal changed meanwhile: the
   *     investigation and the signals before it are stored)
   */
  Either<DomainError, Investigation> openInvestigation(Actor actor, OpenInvestigationCommand command);
}
