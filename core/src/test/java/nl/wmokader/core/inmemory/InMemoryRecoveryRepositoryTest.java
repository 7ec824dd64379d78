package nl.wmokader.core.inmemory;

import nl.wmokader.core.settlement.port.out.RecoveryRepository;
import nl.wmokader.core.settlement.port.out.RecoveryRepositoryContract;

class InMemoryRecoveryRepositoryTest extends RecoveryRepositoryContract {
  @Override
  protected RecoveryRepository newRepository() {
    return new InMemoryRecoveryRepository();
  }
}
