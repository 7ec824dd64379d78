package nl.wmokader.core.inmemory;

import nl.wmokader.core.supervision.port.out.InvestigationRepository;
import nl.wmokader.core.supervision.port.out.InvestigationRepositoryContract;

class InMemoryInvestigationRepositoryTest extends InvestigationRepositoryContract {
  @Override
  protected InvestigationRepository newRepository() {
    return new InMemoryInvestigationRepository();
  }
}
