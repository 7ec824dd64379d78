package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.supervision.port.out.InvestigationRepository;
import nl.wmokader.core.supervision.port.out.InvestigationRepositoryContract;

@PostgresSuite
class PostgresInvestigationRepositoryTest extends InvestigationRepositoryContract {
  @Override
  protected InvestigationRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcInvestigationRepository(db);
  }
}
