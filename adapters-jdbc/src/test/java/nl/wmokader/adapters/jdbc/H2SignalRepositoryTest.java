package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.supervision.port.out.SignalRepository;
import nl.wmokader.core.supervision.port.out.SignalRepositoryContract;

class H2SignalRepositoryTest extends SignalRepositoryContract {
  @Override
  protected SignalRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcSignalRepository(db);
  }
}
