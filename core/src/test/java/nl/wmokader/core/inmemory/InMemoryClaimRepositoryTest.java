package nl.wmokader.core.inmemory;

import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.settlement.port.out.ClaimRepositoryContract;

class InMemoryClaimRepositoryTest extends ClaimRepositoryContract {
  @Override
  protected ClaimRepository newRepository() {
    return new InMemoryClaimRepository();
  }
}
