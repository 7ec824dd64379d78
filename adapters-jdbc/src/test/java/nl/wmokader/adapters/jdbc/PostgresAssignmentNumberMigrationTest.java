package nl.wmokader.adapters.jdbc;

import javax.sql.DataSource;

@PostgresSuite
class PostgresAssignmentNumberMigrationTest extends AssignmentNumberMigration {
  private final TestDatabases.EmptySchema empty = TestDatabases.emptyPostgresSchema();

  @Override
  protected DataSource emptyDatabase() {
    return empty.dataSource();
  }

  @Override
  protected String schema() {
    return empty.name();
  }
}
