package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.obligations.port.out.RefusalRepository;
import nl.wmokader.core.obligations.port.out.RefusalRepositoryContract;

@PostgresSuite
class PostgresRefusalRepositoryTest extends RefusalRepositoryContract {

  @Override
  protected RefusalRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcRefusalRepository(db);
  }
}
