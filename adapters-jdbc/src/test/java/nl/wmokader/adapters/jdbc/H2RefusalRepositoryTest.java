package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.obligations.port.out.RefusalRepository;
import nl.wmokader.core.obligations.port.out.RefusalRepositoryContract;

class H2RefusalRepositoryTest extends RefusalRepositoryContract {
  @Override
  protected RefusalRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcRefusalRepository(db);
  }
}
