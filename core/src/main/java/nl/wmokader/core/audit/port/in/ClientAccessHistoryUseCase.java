package nl.wmokader.core.audit.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;

/**
 * "Who looked at my data" (AVG art. 15): every access to one client's data, allowed or refused,
 * by whom. The region's staff for any client; a member's staff for a client the trail shows it was
 * allowed to access itself (another client answers {@code NotFound}, as if it had no history). The
 * request is recorded as a read of the client's data, allowed or refused, before any answer. An
 * entry that named several clients (a claim) is shown naming the asked client alone: its hashes
 * are those of the stored entry, which the trail's verification checks.
 */
public interface ClientAccessHistoryUseCase {
  /** @return the page, or {@code Forbidden}, {@code NotFound}, {@code InvalidInput} (no query, client or page) */
  Either<DomainError, Page<AuditEntry>> clientAccessHistory(Actor actor, ClientAccessHistoryQuery query);
}
