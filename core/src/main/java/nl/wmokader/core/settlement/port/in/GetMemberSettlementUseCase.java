package nl.wmokader.core.settlement.port.in;

import io.vavr.control.Either;
import java.time.YearMonth;
import nl.wmokader.core.settlement.domain.MemberSettlement;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A member municipality's settlement of one month (the claims answered in it): open to the region, supervisors and the
 * member itself ({@code NotFound} for another member's staff, {@code Forbidden} for providers).
 */
public interface GetMemberSettlementUseCase {
  /** @return the settlement; {@code InvalidInput} when {@code member} is not a member */
  Either<DomainError, MemberSettlement> getMemberSettlement(Actor actor, MunicipalityCode member, YearMonth month);
}
