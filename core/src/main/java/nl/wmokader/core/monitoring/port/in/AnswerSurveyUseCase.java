package nl.wmokader.core.monitoring.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.monitoring.domain.Response;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Records a client's answers to an invitation, once: the channel the client answers through (a
 * survey form or an interviewer) acts as the region's staff, or as a municipality's staff for the
 * invitations of its own residents. The response is stored apart from the client's identity (its
 * profile and answers only, no BSN, no invitation) and the invitation is marked answered.
 */
public interface AnswerSurveyUseCase {
  /**
   * @return the response as stored, or {@code Forbidden} (providers, supervisors, analysts), {@code
   *     InvalidInput} (no command; an unknown question, a value off the scale, a text too long, no
   *     answer at all), {@code NotFound} (no such invitation, or another member's), {@code
   *     AlreadyAnswered}, {@code StaleVersion} (answered concurrently), {@code NotKept}
   */
  Either<DomainError, Response> answerSurvey(Actor actor, AnswerSurveyCommand command);
}
