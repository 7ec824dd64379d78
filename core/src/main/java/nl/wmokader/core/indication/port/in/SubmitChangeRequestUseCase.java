package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.AssignmentRequest;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Submits a provider's request to change an assignment of its own (verzoek om wijziging, iWmo 317). */
public interface SubmitChangeRequestUseCase {
  /**
   * @return the stored request (OPEN, received today) holding the one change that differs from the assignment, or {@code Forbidden}, {@code InvalidInput} (as for a request for an assignment; {@code unchanged} when nothing differs, {@code change_one} when both the volume and the end differ), {@code NotFound} (no such assignment of the municipality, or not this provider's or this client's: as if absent), {@code AssignmentError.NotActive}, {@code Duplicate}
   */
  Either<DomainError, AssignmentRequest> submitChangeRequest(Actor actor, SubmitChangeRequestCommand command);
}
