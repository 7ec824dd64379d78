package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Records an application; the decision is then due within two weeks. On an existing case it follows
 * the assessment, or the end of the assessment term; without a case it opens one, which counts as
 * the report too.
 */
public interface SubmitApplicationUseCase {
  /**
   * @return the case (APPLIED), or {@code Forbidden} (as for {@link ReportNeedUseCase} and
   *     {@link CompleteAssessmentUseCase}), {@code InvalidInput} (neither or both of case and
   *     client, missing fields, a date in the future, non-member municipalities, a misplaced
   *     attribution), {@code NotFound}, {@code NotInStep}, {@code AssessmentStillDue},
   *     {@code BeforePreviousStep}, {@code RegionError.NotDefined}, {@code StaleVersion}
   */
  Either<DomainError, Indication> submitApplication(Actor actor, SubmitApplicationCommand command);
}
