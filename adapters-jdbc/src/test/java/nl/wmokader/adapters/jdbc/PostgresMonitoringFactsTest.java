package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.monitoring.port.out.MonitoringFactsContract;

@PostgresSuite
class PostgresMonitoringFactsTest extends MonitoringFactsContract {
  @Override
  protected Stores newStores() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new Stores(new JdbcAssignmentRepository(db), new JdbcClaimRepository(db), new JdbcRecoveryRepository(db),
        new JdbcMonitoringFacts(db));
  }
}
