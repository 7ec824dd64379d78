package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Investigation;

/** Records who was informed of an investigation's outcome (arrangement art. 9): the region's staff and supervisors. */
public interface InformMembersUseCase {
  /**
   * @return the stored investigation, or {@code Forbidden}, {@code InvalidInput} (no investigation,
   *     a member not in the region), {@code NotFound}, {@code InvestigationError} ({@code NoOutcome},
   *     {@code NoMembers}: none given and the provider serves no member's residents, {@code
   *     NotInStep}, {@code Closed}), {@code StaleVersion}
   */
  Either<DomainError, Investigation> informMembers(Actor actor, InformMembersCommand command);
}
