package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.port.out.AuditTrail;
import nl.wmokader.core.audit.port.out.AuditTrailContract;

class H2AuditTrailTest extends AuditTrailContract {
  @Override
  protected AuditTrail newTrail() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcAuditTrail(db);
  }

  @Override
  protected void tamper(AuditTrail trail, AuditEntry stored, AuditRecord altered) {
    AuditRows.overwrite(TestDatabases.h2(), stored, altered);
  }
}
