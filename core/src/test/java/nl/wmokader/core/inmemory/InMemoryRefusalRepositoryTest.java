package nl.wmokader.core.inmemory;

import nl.wmokader.core.obligations.port.out.RefusalRepository;
import nl.wmokader.core.obligations.port.out.RefusalRepositoryContract;

class InMemoryRefusalRepositoryTest extends RefusalRepositoryContract {
  @Override
  protected RefusalRepository newRepository() {
    return new InMemoryRefusalRepository();
  }
}
