package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.settlement.port.out.RecoveryRepository;
import nl.wmokader.core.settlement.port.out.RecoveryRepositoryContract;

@PostgresSuite
class PostgresRecoveryRepositoryTest extends RecoveryRepositoryContract {
  @Override
  protected RecoveryRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcRecoveryRepository(db);
  }
}
