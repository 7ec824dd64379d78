package nl.wmokader.core.settlement.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.settlement.domain.ContributionStatement;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * The personal contribution (eigen bijdrage) of the given households per calendar month, under the
 * configured {@link nl.wmokader.core.settlement.domain.ContributionSchedule}: a computation over the
 * input, nothing is stored or logged. The region's staff and members' staff may compute it.
 */
public interface CalculateContributionUseCase {
  /**
   * @return the statement; or {@code Forbidden} (providers, supervisors), {@code InvalidInput} (every
   *     invalid field at once: missing or inverted months, more than 120 months, duplicate households,
   *     missing birth dates or categories, a provision ending before it starts), or
   *     {@code ContributionError} for a month the reference data does not cover
   */
  Either<DomainError, ContributionStatement> calculateContribution(Actor actor, CalculateContributionCommand command);
}
