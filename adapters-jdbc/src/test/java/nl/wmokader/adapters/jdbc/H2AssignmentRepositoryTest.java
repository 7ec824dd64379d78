package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.indication.port.out.AssignmentRepositoryContract;

class H2AssignmentRepositoryTest extends AssignmentRepositoryContract {
  @Override
  protected AssignmentRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcAssignmentRepository(db);
  }
}
