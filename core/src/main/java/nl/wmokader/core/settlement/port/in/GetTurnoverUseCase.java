package nl.wmokader.core.settlement.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;

/**
 * A provider's turnover in a year: approved debits minus approved credits of the lines whose period
 * lies in that year (recoveries not subtracted), as the obligations and the proactive selection
 * weigh it. Open to the region and supervisors.
 */
public interface GetTurnoverUseCase {
  Either<DomainError, Money> getTurnover(Actor actor, AgbCode provider, int year);
}
