package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.monitoring.port.out.MonitoringFactsContract;

class H2MonitoringFactsTest extends MonitoringFactsContract {
  @Override
  protected Stores newStores() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new Stores(new JdbcAssignmentRepository(db), new JdbcClaimRepository(db), new JdbcRecoveryRepository(db),
        new JdbcMonitoringFacts(db));
  }
}
