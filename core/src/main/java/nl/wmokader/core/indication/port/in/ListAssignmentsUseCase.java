package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;

/**
 * Lists assignments the actor may see, by validity start: a provider its own, a municipality's
 * staff their cases (responsible or attributed), the region's staff all.
 */
public interface ListAssignmentsUseCase {
  /** @return the page, or {@code Forbidden} (supervisor), {@code InvalidInput} (no page) */
  Either<DomainError, Page<Assignment>> listAssignments(Actor actor, ListAssignmentsQuery query);
}
