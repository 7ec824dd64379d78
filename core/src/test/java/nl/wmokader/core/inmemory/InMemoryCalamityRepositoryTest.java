package nl.wmokader.core.inmemory;

import nl.wmokader.core.supervision.port.out.CalamityRepository;
import nl.wmokader.core.supervision.port.out.CalamityRepositoryContract;

class InMemoryCalamityRepositoryTest extends CalamityRepositoryContract {
  @Override
  protected CalamityRepository newRepository() {
    return new InMemoryCalamityRepository();
  }
}
