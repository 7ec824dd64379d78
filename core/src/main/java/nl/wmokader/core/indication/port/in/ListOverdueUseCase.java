package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.OverdueItem;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;

/**
 * Lists the intake steps past their due date today (by the clock): assessments, decisions on
 * applications and decisions on objections not done, within the actor's view; ordered by due
 * date, then report date and case.
 */
public interface ListOverdueUseCase {
  /** @return one page, or {@code Forbidden} (providers, supervisors), {@code InvalidInput} (no page or kind) */
  Either<DomainError, Page<OverdueItem>> listOverdue(Actor actor, ListOverdueQuery query);
}
