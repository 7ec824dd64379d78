package nl.wmokader.adapters.jdbc;

import javax.sql.DataSource;

class H2AuditTransactionsTest extends JdbcAuditTransactionsScenario {
  @Override
  protected DataSource database() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return db;
  }
}
