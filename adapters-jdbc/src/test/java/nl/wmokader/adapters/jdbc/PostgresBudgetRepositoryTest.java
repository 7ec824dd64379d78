package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.settlement.port.out.BudgetRepository;
import nl.wmokader.core.settlement.port.out.BudgetRepositoryContract;

@PostgresSuite
class PostgresBudgetRepositoryTest extends BudgetRepositoryContract {
  @Override
  protected BudgetRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcBudgetRepository(db);
  }
}
