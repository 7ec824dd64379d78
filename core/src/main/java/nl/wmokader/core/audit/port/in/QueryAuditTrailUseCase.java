package nl.wmokader.core.audit.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;

/**
 * The privacy officer's view: the trail searched by period, party, person, action and outcome. The
 * region's staff only. Each client the page shows is recorded as read; a refused search is
 * recorded as refused.
 */
public interface QueryAuditTrailUseCase {
  /** @return the page, or {@code Forbidden}, {@code InvalidInput} (no query, search or page) */
  Either<DomainError, Page<AuditEntry>> queryAuditTrail(Actor actor, QueryAuditTrailQuery query);
}
