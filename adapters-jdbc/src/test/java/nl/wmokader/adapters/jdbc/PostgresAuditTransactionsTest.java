package nl.wmokader.adapters.jdbc;

import javax.sql.DataSource;

@PostgresSuite
class PostgresAuditTransactionsTest extends JdbcAuditTransactionsScenario {
  @Override
  protected DataSource database() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return db;
  }
}
