package nl.wmokader.core.monitoring.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.monitoring.domain.SurveyComments;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * The free texts of the survey: the region's staff only. A client may write anything in a text, so
 * it is not shown to members or analysts, who see the statements' figures only.
 */
public interface SurveyCommentsUseCase {
  /** @return the texts, or {@code Forbidden} (every role but the region's), {@code InvalidInput} (no query), {@code NotKept} */
  Either<DomainError, SurveyComments> surveyComments(Actor actor, SurveyCommentsQuery query);
}
