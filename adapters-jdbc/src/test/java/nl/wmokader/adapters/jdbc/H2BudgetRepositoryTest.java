package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.settlement.port.out.BudgetRepository;
import nl.wmokader.core.settlement.port.out.BudgetRepositoryContract;

class H2BudgetRepositoryTest extends BudgetRepositoryContract {
  @Override
  protected BudgetRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcBudgetRepository(db);
  }
}
