package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.AssignmentRequest;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Submits a provider's request for an assignment (verzoek om toewijzing, iWmo 315). */
public interface SubmitAssignmentRequestUseCase {
  /**
   * @return the stored request (OPEN, received today; REFUSED with {@code NO_CONTRACT} at once when the provider has no right to deliver the product, or any product of the category, on the start date), or {@code Forbidden} (not a provider's staff, or a request for another provider), {@code InvalidInput} (missing or malformed fields; {@code municipality} not a member), {@code Duplicate} (the provider used the reference before)
   */
  Either<DomainError, AssignmentRequest> submitAssignmentRequest(Actor actor, SubmitAssignmentRequestCommand command);
}
