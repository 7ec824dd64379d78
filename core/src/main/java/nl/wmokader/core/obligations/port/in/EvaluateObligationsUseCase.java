package nl.wmokader.core.obligations.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.obligations.domain.ObligationEvaluations;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Evaluates every obligation of a provider for a year as of today. The region's and members' staff
 * and supervisors evaluate every provider; a provider's staff only their own.
 */
public interface EvaluateObligationsUseCase {
  /**
   * @return the evaluations, or {@code InvalidInput} (no provider, year out of range 2015..9999),
   *     {@code NotFound} (provider not registered, or another provider's), {@code NotContractedInYear}
   */
  Either<DomainError, ObligationEvaluations> evaluateObligations(Actor actor, EvaluateObligationsQuery query);
}
