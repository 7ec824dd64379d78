package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.indication.port.out.AssignmentRequestRepository;
import nl.wmokader.core.indication.port.out.AssignmentRequestRepositoryContract;

@PostgresSuite
class PostgresAssignmentRequestRepositoryTest extends AssignmentRequestRepositoryContract {
  @Override
  protected AssignmentRequestRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcAssignmentRequestRepository(db);
  }
}
