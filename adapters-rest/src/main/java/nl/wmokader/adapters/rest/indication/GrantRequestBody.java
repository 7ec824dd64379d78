package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.AssignmentRequestId;
import nl.wmokader.core.indication.port.in.GrantAssignmentRequestCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/assignment-requests/{requestId}/grant}: {@code indication} names the
 * indication to assign under; without it, the one granted in-kind indication that covers the request.
 */
public record GrantRequestBody(String indication)
    implements ApiRequest<Function<AssignmentRequestId, GrantAssignmentRequestCommand>> {

  @Override
  public Either<DomainError, Function<AssignmentRequestId, GrantAssignmentRequestCommand>> toCommand() {
    return GrantAssignmentRequestCommand.read(indication);
  }
}
