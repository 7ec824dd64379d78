package nl.wmokader.core.inmemory;

import nl.wmokader.core.obligations.port.out.SpendingReportRepository;
import nl.wmokader.core.obligations.port.out.SpendingReportRepositoryContract;

class InMemorySpendingReportRepositoryTest extends SpendingReportRepositoryContract {
  @Override
  protected SpendingReportRepository newRepository() {
    return new InMemorySpendingReportRepository();
  }
}
