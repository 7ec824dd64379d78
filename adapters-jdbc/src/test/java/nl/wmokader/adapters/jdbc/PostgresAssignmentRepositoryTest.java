package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.indication.port.out.AssignmentRepositoryContract;

@PostgresSuite
class PostgresAssignmentRepositoryTest extends AssignmentRepositoryContract {
  @Override
  protected AssignmentRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcAssignmentRepository(db);
  }
}
