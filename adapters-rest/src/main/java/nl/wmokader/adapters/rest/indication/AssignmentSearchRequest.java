package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.port.in.ListAssignmentsQuery;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.PageRequest;

/**
 * The body of {@code POST /api/v1/assignments/searches}: every criterion optional, all present ones
 * must hold. The client's BSN is searched for here, in a body, never in a URL.
 */
public record AssignmentSearchRequest(String client, String indication, String provider, AssignmentStatus status)
    implements ApiRequest<Function<PageRequest, ListAssignmentsQuery>> {

  @Override
  public Either<DomainError, Function<PageRequest, ListAssignmentsQuery>> toCommand() {
    return ListAssignmentsQuery.read(client, indication, provider, status);
  }
}
