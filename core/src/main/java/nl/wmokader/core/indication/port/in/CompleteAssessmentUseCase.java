package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Records the completed assessment of a reported case. */
public interface CompleteAssessmentUseCase {
  /**
   * @return the case (ASSESSED), or {@code Forbidden} (not region or municipality staff, or staff of
   *     a municipality the case is only attributed to), {@code InvalidInput} (missing fields, a date
   *     in the future), {@code NotFound} (absent or not visible), {@code NotInStep},
   *     {@code BeforePreviousStep}, {@code StaleVersion}
   */
  Either<DomainError, Indication> completeAssessment(Actor actor, CompleteAssessmentCommand command);
}
