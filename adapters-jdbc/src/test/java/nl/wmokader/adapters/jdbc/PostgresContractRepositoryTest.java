package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.contracting.port.out.ContractRepositoryContract;
import org.junit.jupiter.api.BeforeAll;

class PostgresContractRepositoryTest extends ContractRepositoryContract {

  /** Skips the class up front: inside a property, QuickTheories would report the skip as a falsification. */
  @BeforeAll
  static void needsPostgres() {
    TestDatabases.postgres();
  }

  @Override
  protected ContractRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcContractRepository(db);
  }
}
