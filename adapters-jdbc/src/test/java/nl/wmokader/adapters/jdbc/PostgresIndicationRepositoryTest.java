package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.indication.port.out.IndicationRepositoryContract;

@PostgresSuite
class PostgresIndicationRepositoryTest extends IndicationRepositoryContract {
  @Override
  protected IndicationRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcIndicationRepository(db);
  }
}
