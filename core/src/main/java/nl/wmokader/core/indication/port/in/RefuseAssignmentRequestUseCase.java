package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.AssignmentRequest;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Refuses an open request for a reason of the iWmo code list; the provider reads the answer as a 319. */
public interface RefuseAssignmentRequestUseCase {
  /**
   * @return the request REFUSED today, or {@code Forbidden}, {@code InvalidInput}, {@code NotFound}, {@code AlreadyAnswered}
   */
  Either<DomainError, AssignmentRequest> refuseAssignmentRequest(Actor actor, RefuseAssignmentRequestCommand command);
}
