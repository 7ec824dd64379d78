package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationId;

/** Reads an investigation: the region's staff and supervisors any, a provider's staff their own. */
public interface GetInvestigationUseCase {
  /** @return the investigation, or {@code Forbidden} (a member's staff), {@code InvalidInput}, {@code NotFound} (also another provider's) */
  Either<DomainError, Investigation> getInvestigation(Actor actor, InvestigationId id);
}
