package nl.wmokader.adapters.rest.audit;

import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditRecord;

/**
 * One entry of the trail as the API shows it: when, who (role, organisation, person), which client,
 * what, the outcome, and where it sits in its chain with both hashes, so that a reader can check
 * the links itself.
 */
public record AuditEntryDto(String at, String chain, long seq, String role, String organisation, String person,
                            String client, String action, String resource, String resourceId, String outcome,
                            String previousHash, String hash) {

  static AuditEntryDto from(AuditEntry entry) {
    AuditRecord r = entry.record();
    return new AuditEntryDto(r.at().toString(), entry.chain().value(), entry.seq(), r.actor().role().name(),
        r.organisation().getOrNull(), r.actor().person().getOrNull(), r.client().map(c -> c.value()).getOrNull(),
        r.action().name(), r.resource(), r.resourceId(), r.outcome().name(), entry.previousHash(), entry.hash());
  }
}
