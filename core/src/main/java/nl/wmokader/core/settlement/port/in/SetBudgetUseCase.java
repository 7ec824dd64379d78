package nl.wmokader.core.settlement.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.settlement.domain.Budget;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Sets a member's yearly budget: the region's staff or the member's own. */
public interface SetBudgetUseCase {
  /** @return the stored budget; {@code InvalidInput}, {@code NotFound} (another member), {@code StaleVersion} */
  Either<DomainError, Budget> setBudget(Actor actor, SetBudgetCommand command);
}
