package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.AssignmentRequest;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Lists the requests the actor sees: a provider its own, a municipality's staff those sent to it, the region's staff all. */
public interface ListAssignmentRequestsUseCase {
  /**
   * @return one page in the repository's order (empty when a provider asks for another provider's), or {@code Forbidden}, {@code InvalidInput}
   */
  Either<DomainError, nl.wmokader.core.shared.Page<AssignmentRequest>> listAssignmentRequests(Actor actor, ListAssignmentRequestsQuery query);
}
