package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.AssignmentRequestId;
import nl.wmokader.core.indication.port.in.RefuseAssignmentRequestCommand;
import nl.wmokader.core.shared.DomainError;

/** The body of {@code POST /api/v1/assignment-requests/{requestId}/refuse}: the iWmo RedenAfwijzingVerzoek, "1" to "9". */
public record RefuseRequestBody(String reason)
    implements ApiRequest<Function<AssignmentRequestId, RefuseAssignmentRequestCommand>> {

  @Override
  public Either<DomainError, Function<AssignmentRequestId, RefuseAssignmentRequestCommand>> toCommand() {
    return RefuseAssignmentRequestCommand.read(reason);
  }
}
