package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.settlement.port.out.RecoveryRepository;
import nl.wmokader.core.settlement.port.out.RecoveryRepositoryContract;

class H2RecoveryRepositoryTest extends RecoveryRepositoryContract {
  @Override
  protected RecoveryRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcRecoveryRepository(db);
  }
}
