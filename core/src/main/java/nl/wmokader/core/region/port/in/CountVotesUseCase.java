package nl.wmokader.core.region.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Counts the votes on a regional decision under the configured
 * {@link nl.wmokader.core.region.domain.VotingRule} (by default: at least 3 members in favour holding
 * more than half of all the region's inhabitants on the reference date). A computation: the decision
 * is not stored. The region's staff and the staff of its members may count.
 */
public interface CountVotesUseCase {
  /**
   * @return the decision and its outcome; or {@code Forbidden} (providers, supervisors, staff of a
   *     municipality outside the region), {@code InvalidInput} (every invalid field at once),
   *     {@code RegionError.NotDefined}, or the rule's {@code VotingError} (a ballot from a non-member,
   *     a member voting twice, a member without an inhabitant count on the reference date)
   */
  Either<DomainError, CountedDecision> countVotes(Actor actor, CountVotesCommand command);
}
