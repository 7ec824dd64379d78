package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Investigation;

/** Takes an investigation to its next step: the region's staff and supervisors. */
public interface AdvanceInvestigationUseCase {
  /**
   * @return the stored investigation, or {@code Forbidden}, {@code InvalidInput} (missing fields, a
   *     response deadline missing or where none belongs), {@code NotFound}, {@code
   *     InvestigationError} ({@code Closed}, {@code NotInStep}, {@code BeforePreviousStep}, {@code
   *     DateInPast}, {@code NoOutcome}, {@code OpenImprovementPoints}), {@code StaleVersion}
   */
  Either<DomainError, Investigation> advanceInvestigation(Actor actor, AdvanceInvestigationCommand command);
}
