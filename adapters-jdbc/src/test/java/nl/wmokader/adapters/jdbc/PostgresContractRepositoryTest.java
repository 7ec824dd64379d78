package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.contracting.port.out.ContractRepositoryContract;

@PostgresSuite
class PostgresContractRepositoryTest extends ContractRepositoryContract {

  @Override
  protected ContractRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcContractRepository(db);
  }
}
