package nl.wmokader.adapters.rest.supervision;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.port.in.InformMembersCommand;

/**
 * The body of {@code POST /api/v1/investigations/{investigationId}/informed-members}: the members
 * informed today; absent or empty, those responsible for the provider's clients.
 */
public record InformMembersRequest(java.util.List<String> municipalities)
    implements ApiRequest<Function<InvestigationId, InformMembersCommand>> {

  @Override
  public Either<DomainError, Function<InvestigationId, InformMembersCommand>> toCommand() {
    return InformMembersCommand.read(municipalities == null ? null : List.ofAll(municipalities));
  }
}
