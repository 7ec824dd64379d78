package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.supervision.port.out.InvestigationRepository;
import nl.wmokader.core.supervision.port.out.InvestigationRepositoryContract;

class H2InvestigationRepositoryTest extends InvestigationRepositoryContract {
  @Override
  protected InvestigationRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcInvestigationRepository(db);
  }
}
