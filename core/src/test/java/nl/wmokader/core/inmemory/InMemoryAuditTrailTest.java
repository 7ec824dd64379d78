package nl.wmokader.core.inmemory;

import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.port.out.AuditTrail;
import nl.wmokader.core.audit.port.out.AuditTrailContract;

class InMemoryAuditTrailTest extends AuditTrailContract {
  @Override
  protected AuditTrail newTrail() {
    return new InMemoryAuditTrail();
  }

  @Override
  protected void tamper(AuditTrail trail, AuditEntry stored, AuditRecord altered) {
    ((InMemoryAuditTrail) trail).overwrite(
        new AuditEntry(stored.chain(), stored.seq(), altered, stored.previousHash(), stored.hash()));
  }
}
