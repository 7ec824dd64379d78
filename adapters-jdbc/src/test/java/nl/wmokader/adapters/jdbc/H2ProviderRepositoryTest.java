package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.contracting.port.out.ProviderRepositoryContract;

class H2ProviderRepositoryTest extends ProviderRepositoryContract {
  @Override
  protected ProviderRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcProviderRepository(db);
  }
}
