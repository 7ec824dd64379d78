package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.supervision.domain.Calamity;

/** Lists calamities: the region's staff and supervisors all, a provider's staff only their own. */
public interface ListCalamitiesUseCase {
  /** @return the page, or {@code Forbidden} (a member's staff), {@code InvalidInput} (no query or page) */
  Either<DomainError, Page<Calamity>> listCalamities(Actor actor, ListCalamitiesQuery query);
}
