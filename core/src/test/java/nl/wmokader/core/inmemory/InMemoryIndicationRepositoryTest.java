package nl.wmokader.core.inmemory;

import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.indication.port.out.IndicationRepositoryContract;

class InMemoryIndicationRepositoryTest extends IndicationRepositoryContract {
  @Override
  protected IndicationRepository newRepository() {
    return new InMemoryIndicationRepository();
  }
}
