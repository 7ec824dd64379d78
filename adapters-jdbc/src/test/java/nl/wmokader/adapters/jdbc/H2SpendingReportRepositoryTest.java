package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.obligations.port.out.SpendingReportRepository;
import nl.wmokader.core.obligations.port.out.SpendingReportRepositoryContract;

class H2SpendingReportRepositoryTest extends SpendingReportRepositoryContract {
  @Override
  protected SpendingReportRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcSpendingReportRepository(db);
  }
}
