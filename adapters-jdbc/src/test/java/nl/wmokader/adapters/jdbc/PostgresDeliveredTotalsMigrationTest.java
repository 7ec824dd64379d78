package nl.wmokader.adapters.jdbc;

import javax.sql.DataSource;

@PostgresSuite
class PostgresDeliveredTotalsMigrationTest extends DeliveredTotalsMigration {
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
