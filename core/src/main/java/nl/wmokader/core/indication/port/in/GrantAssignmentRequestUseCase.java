package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.AssignmentRequest;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Grants an open request: issues the assignment it asks for, or makes the change, through the assignment use cases. */
public interface GrantAssignmentRequestUseCase {
  /**
   * @return the request GRANTED today naming the assignment, or {@code Forbidden} (not the region's or the municipality's staff), {@code NotFound} (no such request in sight; a named indication not the client's of that municipality), {@code AlreadyAnswered}, {@code NoIndication}, {@code IndicationAmbiguous}, or what issuing, extending or changing the assignment answers (the request then stays open)
   */
  Either<DomainError, AssignmentRequest> grantAssignmentRequest(Actor actor, GrantAssignmentRequestCommand command);
}
