package nl.wmokader.core.obligations.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.obligations.domain.DormantContract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;

/**
 * Lists the active contracts, in force today, whose provider has had no client in the region for the
 * configured number of months, for clean-up. For the region's and members' staff and supervisors.
 */
public interface ListDormantContractsUseCase {
  /** @return the page, or {@code Forbidden} (a provider's staff), {@code InvalidInput} (no page request) */
  Either<DomainError, Page<DormantContract>> listDormantContracts(Actor actor, ListDormantContractsQuery query);
}
