package nl.wmokader.core.inmemory;

import nl.wmokader.core.supervision.port.out.SignalRepository;
import nl.wmokader.core.supervision.port.out.SignalRepositoryContract;

class InMemorySignalRepositoryTest extends SignalRepositoryContract {
  @Override
  protected SignalRepository newRepository() {
    return new InMemorySignalRepository();
  }
}
