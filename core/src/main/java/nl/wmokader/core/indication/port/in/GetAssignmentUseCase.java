package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Reads one assignment: the region's staff, the case's municipality's staff, and its own provider. */
public interface GetAssignmentUseCase {
  /** @return the assignment, or {@code Forbidden} (supervisor), {@code NotFound} (absent, or not visible to the actor) */
  Either<DomainError, Assignment> getAssignment(Actor actor, AssignmentId id);
}
