package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.contracting.port.out.ProviderRepositoryContract;
import org.junit.jupiter.api.BeforeAll;

class PostgresProviderRepositoryTest extends ProviderRepositoryContract {

  /** Skips the class up front: inside a property, QuickTheories would report the skip as a falsification. */
  @BeforeAll
  static void needsPostgres() {
    TestDatabases.postgres();
  }

  @Override
  protected ProviderRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcProviderRepository(db);
  }
}
