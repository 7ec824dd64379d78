package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.port.in.ExtendAssignmentCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/assignments/{assignmentId}/extension}: the new end date, or
 * {@code openEnded: true}. Exactly one of them, so that an empty body never makes an assignment
 * open-ended by accident.
 */
public record ExtendAssignmentRequest(LocalDate newEnd, Boolean openEnded)
    implements ApiRequest<Function<AssignmentId, ExtendAssignmentCommand>> {

  @Override
  public Either<DomainError, Function<AssignmentId, ExtendAssignmentCommand>> toCommand() {
    return ExtendAssignmentCommand.read(newEnd, openEnded);
  }
}
