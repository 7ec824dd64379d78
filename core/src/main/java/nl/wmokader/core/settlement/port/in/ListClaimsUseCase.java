package nl.wmokader.core.settlement.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.settlement.domain.ClaimSummary;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;

/**
 * Lists claim summaries in the actor's scope: a provider its own, a municipality those addressed to
 * it, the region and supervisors all. A filter outside the scope matches nothing.
 */
public interface ListClaimsUseCase {
  Either<DomainError, Page<ClaimSummary>> listClaims(Actor actor, ListClaimsQuery query);
}
