package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.contracting.port.out.ProviderRepositoryContract;

@PostgresSuite
class PostgresProviderRepositoryTest extends ProviderRepositoryContract {

  @Override
  protected ProviderRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcProviderRepository(db);
  }
}
