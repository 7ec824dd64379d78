package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.supervision.port.out.SignalRepository;
import nl.wmokader.core.supervision.port.out.SignalRepositoryContract;

@PostgresSuite
class PostgresSignalRepositoryTest extends SignalRepositoryContract {
  @Override
  protected SignalRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcSignalRepository(db);
  }
}
