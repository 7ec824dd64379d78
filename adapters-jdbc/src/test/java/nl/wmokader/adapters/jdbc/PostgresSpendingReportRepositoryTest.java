package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.contracting.port.out.SpendingReportRepository;
import nl.wmokader.core.contracting.port.out.SpendingReportRepositoryContract;

@PostgresSuite
class PostgresSpendingReportRepositoryTest extends SpendingReportRepositoryContract {

  @Override
  protected SpendingReportRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcSpendingReportRepository(db);
  }
}
