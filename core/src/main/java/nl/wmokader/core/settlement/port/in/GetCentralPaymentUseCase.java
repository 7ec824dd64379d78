package nl.wmokader.core.settlement.port.in;

import io.vavr.control.Either;
import java.time.YearMonth;
import nl.wmokader.core.settlement.domain.CentralPayment;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** What the central municipality pays each provider for a settlement month (the claims answered in it) and charges each member: the region's and supervisors' view. */
public interface GetCentralPaymentUseCase {
  Either<DomainError, CentralPayment> getCentralPayment(Actor actor, YearMonth month);
}
