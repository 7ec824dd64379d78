package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.AssignmentRequest;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Reads one request: its provider, and the staff who see the municipality's cases. */
public interface GetAssignmentRequestUseCase {
  /**
   * @return the request, or {@code Forbidden} (supervisor, analyst), {@code NotFound} (absent, or out of the actor's sight)
   */
  Either<DomainError, AssignmentRequest> getAssignmentRequest(Actor actor, nl.wmokader.core.indication.domain.AssignmentRequestId id);
}
