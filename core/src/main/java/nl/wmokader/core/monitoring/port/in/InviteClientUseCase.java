package nl.wmokader.core.monitoring.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.monitoring.domain.Invitation;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Invites a client to the client experience survey after a decision (granted or refused) or an
 * ended support: the region's staff for any case, a municipality's staff for the cases it sees. The
 * case or assignment is read through indication's own use cases, as the actor (so its scope holds,
 * and the read is in the audit trail). Idempotent: a source invited before answers its invitation
 * again, and no second one is made.
 */
public interface InviteClientUseCase {
  /**
   * @return the invitation (its id is the client's token), or {@code Forbidden} (providers,
   *     supervisors, analysts), {@code InvalidInput} (no command), {@code NotFound} (the case or
   *     assignment is absent or out of the actor's sight), {@code NotDecided}, {@code NotEnded},
   *     {@code NotKept} (no survey store)
   */
  Either<DomainError, Invitation> inviteClient(Actor actor, InviteClientCommand command);
}
