package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Investigation;

/**
 * Records the provider's report of a measure imposed on it (DOMAIN.md §6: within 7 days): the
 * provider itself for its own investigation, or the region's staff and supervisors recording its
 * report. Contracting's reporting obligation counts it.
 */
public interface ReportMeasureUseCase {
  /**
   * @return the stored investigation, or {@code Forbidden}, {@code InvalidInput}, {@code NotFound}
   *     (also another provider's investigation), {@code InvestigationError} ({@code NotInStep},
   *     {@code NoSuchMeasure}, {@code MeasureAlreadyReported}, {@code ReportedBeforeDecision},
   *     {@code Closed}), {@code StaleVersion}
   */
  Either<DomainError, Investigation> reportMeasure(Actor actor, ReportMeasureCommand command);
}
