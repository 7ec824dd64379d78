package nl.wmokader.core.inmemory;

import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.contracting.port.out.ContractRepositoryContract;

class InMemoryContractRepositoryTest extends ContractRepositoryContract {
  @Override
  protected ContractRepository newRepository() {
    return new InMemoryContractRepository();
  }
}
