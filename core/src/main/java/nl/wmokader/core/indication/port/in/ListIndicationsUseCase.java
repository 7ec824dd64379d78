package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;

/** Lists the cases within the actor's view, ordered by report date. */
public interface ListIndicationsUseCase {
  /** @return one page, or {@code Forbidden} (providers, supervisors), {@code InvalidInput} (no page) */
  Either<DomainError, Page<Indication>> listIndications(Actor actor, ListIndicationsQuery query);
}
