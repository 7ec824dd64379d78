package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.WmoKaderBuilder;
import nl.wmokader.core.scenario.LifecycleScenario;

@PostgresSuite
class PostgresLifecycleScenarioTest extends LifecycleScenario {
  @Override
  protected WmoKaderBuilder freshStores() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return JdbcAdapters.over(db).builder();
  }
}
