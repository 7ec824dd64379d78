package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Investigation;

/** Follows up an improvement point in the follow-up step: the region's staff and supervisors. */
public interface FollowUpImprovementPointUseCase {
  /**
   * @return the stored investigation, or {@code Forbidden}, {@code InvalidInput}, {@code NotFound},
   *     {@code InvestigationError} ({@code NotInStep}, {@code NoSuchImprovementPoint}, {@code
   *     AlreadyFollowedUp}, {@code Closed}), {@code StaleVersion}
   */
  Either<DomainError, Investigation> followUpImprovementPoint(Actor actor, FollowUpImprovementPointCommand command);
}
