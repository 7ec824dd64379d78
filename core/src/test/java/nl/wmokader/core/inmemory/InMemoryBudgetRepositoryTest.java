package nl.wmokader.core.inmemory;

import nl.wmokader.core.settlement.port.out.BudgetRepository;
import nl.wmokader.core.settlement.port.out.BudgetRepositoryContract;

class InMemoryBudgetRepositoryTest extends BudgetRepositoryContract {
  @Override
  protected BudgetRepository newRepository() {
    return new InMemoryBudgetRepository();
  }
}
