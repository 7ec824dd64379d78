package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.AssignmentOverNorm;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;

/**
 * Lists the assignments the actor may see (scope as for {@link ListAssignmentsUseCase}) whose
 * wait exceeds the waiting-time norm of the provider's contract in force on the assignment date:
 * delivery start − assignment date once started, today − assignment date while still waiting.
 * Deleted assignments, replacements after a change of volume, assignments that ended unstarted and
 * those under a contract without a norm are never listed. Ordered by provider, then the longest
 * wait first, then assignment id.
 */
public interface ListAssignmentsOverNormUseCase {
  /** @return one page, or {@code Forbidden} (supervisors), {@code InvalidInput} (no query, provider or page) */
  Either<DomainError, Page<AssignmentOverNorm>> listAssignmentsOverNorm(Actor actor, ListAssignmentsOverNormQuery query);
}
