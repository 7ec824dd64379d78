package nl.wmokader.core.settlement.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.settlement.domain.BudgetStatus;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A member's spending in a year against its budget, with the forecast and the overspending signal,
 * as of the clock: the region's staff, supervisors or the member's own.
 */
public interface GetBudgetStatusUseCase {
  Either<DomainError, BudgetStatus> getBudgetStatus(Actor actor, MunicipalityCode member, int year);
}
