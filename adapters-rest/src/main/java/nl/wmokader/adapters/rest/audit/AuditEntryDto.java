package nl.wmokader.adapters.rest.audit;

import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditRecord;

/**
 * One entry of the trail as the API shows it: when, who (role, organisation, person), which client
 * and how many, what, the outcome, and where it sits in its chain with both hashes, so that a
 * reader can check the links itself. An entry that named several clients (a claim) shows their
 * number, not who: the search does not record them as read (a client's history shows one).
 */
public record AuditEntryDto(String at, String chain, long seq, String role, String organisation, String person,
                            String client, int clientCount, String action, String resource, String resourceId,
                            String outcome, String previousHash, String hash) {

  static AuditEntryDto from(AuditEntry entry) {
    AuditRecord r = entry.record();
    return new AuditEntryDto(r.at().toString(), entry.chain().value(), entry.seq(), r.actor().role().name(),
        r.organisation().getOrNull(), r.actor().person().getOrNull(), r.clients().size() == 1 ? r.clients().head().value() : null, r.clients().size(),
        r.action().name(), r.resource(), r.resourceId(), r.outcome().name(), entry.previousHash(), entry.hash());
  }
}
