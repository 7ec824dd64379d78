package nl.wmokader.core.inmemory;

import nl.wmokader.core.indication.port.out.AssignmentRequestRepository;
import nl.wmokader.core.indication.port.out.AssignmentRequestRepositoryContract;

class InMemoryAssignmentRequestRepositoryTest extends AssignmentRequestRepositoryContract {
  @Override
  protected AssignmentRequestRepository newRepository() {
    return new InMemoryAssignmentRequestRepository();
  }
}
