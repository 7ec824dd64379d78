package nl.wmokader.core.inmemory;

import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.indication.port.out.AssignmentRepositoryContract;

class InMemoryAssignmentRepositoryTest extends AssignmentRepositoryContract {
  @Override
  protected AssignmentRepository newRepository() {
    return new InMemoryAssignmentRepository();
  }
}
