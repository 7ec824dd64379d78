package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.port.in.ExtendAssignmentCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/assignments/{assignmentId}/extension}: the new end date, or
 * {@code openEnded: true}. Exactly one of them, so that an empty body never makes an assignment
 * open-ended by accident.
 */
public record ExtendAssignmentRequest(LocalDate newEnd, Boolean openEnded)
    implements ApiRequest<Function<AssignmentId, ExtendAssignmentCommand>> {

  @Override
  public Either<DomainError, Function<AssignmentId, ExtendAssignmentCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    boolean open = Boolean.TRUE.equals(openEnded);
    if (open && newEnd != null) {
      check.add("newEnd", "not_allowed", "give either newEnd or openEnded: true, not both");
    } else if (!open && newEnd == null) {
      check.add("newEnd", "required", "is required unless openEnded is true");
    }
    return check.resultFrom(() -> id -> new ExtendAssignmentCommand(id, Option.of(newEnd)));
  }
}
