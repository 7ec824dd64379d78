package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.obligations.port.out.SpendingReportRepository;
import nl.wmokader.core.obligations.port.out.SpendingReportRepositoryContract;

@PostgresSuite
class PostgresSpendingReportRepositoryTest extends SpendingReportRepositoryContract {

  @Override
  protected SpendingReportRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcSpendingReportRepository(db);
  }
}
