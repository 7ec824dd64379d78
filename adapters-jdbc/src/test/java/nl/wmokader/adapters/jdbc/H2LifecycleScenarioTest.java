package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.WmoKaderBuilder;
import nl.wmokader.core.scenario.LifecycleScenario;

class H2LifecycleScenarioTest extends LifecycleScenario {
  @Override
  protected WmoKaderBuilder freshStores() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return JdbcAdapters.over(db).builder();
  }
}
