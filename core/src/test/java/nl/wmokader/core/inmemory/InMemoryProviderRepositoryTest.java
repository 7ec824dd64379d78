package nl.wmokader.core.inmemory;

import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.contracting.port.out.ProviderRepositoryContract;

class InMemoryProviderRepositoryTest extends ProviderRepositoryContract {
  @Override
  protected ProviderRepository newRepository() {
    return new InMemoryProviderRepository();
  }
}
