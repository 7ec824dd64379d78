package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.indication.port.out.AssignmentRequestRepository;
import nl.wmokader.core.indication.port.out.AssignmentRequestRepositoryContract;

class H2AssignmentRequestRepositoryTest extends AssignmentRequestRepositoryContract {
  @Override
  protected AssignmentRequestRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcAssignmentRequestRepository(db);
  }
}
