package nl.wmokader.core.audit.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.audit.domain.AuditVerification;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;

/**
 * Verifies the chains of the days of a period: every entry hashed again, every link, every number
 * and every chain's head checked. The region's staff and supervisors; the answer names chains and
 * numbers only, no personal data.
 */
public interface VerifyAuditTrailUseCase {
  /** @return what was checked and every breach, or {@code Forbidden}, {@code InvalidInput} (no period) */
  Either<DomainError, AuditVerification> verifyAuditTrail(Actor actor, DateRange period);
}
