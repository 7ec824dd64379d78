package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Deletes an assignment no approved claim refers to; it stays stored with status DELETED. */
public interface DeleteAssignmentUseCase {
  /**
   * @return the deleted assignment, or {@code Forbidden} (not the region's or a municipality's
   *     staff), {@code InvalidInput}, {@code NotFound} (absent, or not the actor's case),
   *     {@code AssignmentError.NotActive} (deleted already), {@code HasApprovedClaims},
   *     {@code StaleVersion}
   */
  Either<DomainError, Assignment> deleteAssignment(Actor actor, DeleteAssignmentCommand command);
}
