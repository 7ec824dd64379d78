package nl.wmokader.core.audit.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;

/**
 * The privacy officer's view: the trail searched by period, party, person, action and outcome. The
 * region's staff only. Each client the page shows is recorded as read; a refused search is
 * recorded as refused. A page shows an entry's client where it names one; an entry that names
 * several (a claim names all of its clients) is shown as the access it was, with how many clients
 * it named but not who: their reads are not recorded by the search, so an adapter must not show
 * them from it. Who a claim concerned is asked of a client's history, which records the asking.
 */
public interface QueryAuditTrailUseCase {
  /** @return the page, or {@code Forbidden}, {@code InvalidInput} (no query, search or page) */
  Either<DomainError, Page<AuditEntry>> queryAuditTrail(Actor actor, QueryAuditTrailQuery query);
}
