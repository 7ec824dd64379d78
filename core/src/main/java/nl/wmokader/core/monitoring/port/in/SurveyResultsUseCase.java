package nl.wmokader.core.monitoring.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.monitoring.domain.SurveyResults;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * The survey's results by one breakdown, with small cells suppressed and no free text: the region's
 * staff, every member's staff (results carry no personal data, so every member sees every member's
 * figures: comparing is the point) and the analysts.
 */
public interface SurveyResultsUseCase {
  /** @return the results, or {@code Forbidden} (providers, supervisors), {@code InvalidInput} (no query), {@code NotKept} */
  Either<DomainError, SurveyResults> surveyResults(Actor actor, SurveyResultsQuery query);
}
