package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.contracting.port.out.ContractRepositoryContract;

class H2ContractRepositoryTest extends ContractRepositoryContract {
  @Override
  protected ContractRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcContractRepository(db);
  }
}
