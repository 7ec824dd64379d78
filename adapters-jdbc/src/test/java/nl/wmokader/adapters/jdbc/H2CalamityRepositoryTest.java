package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.supervision.port.out.CalamityRepository;
import nl.wmokader.core.supervision.port.out.CalamityRepositoryContract;

class H2CalamityRepositoryTest extends CalamityRepositoryContract {
  @Override
  protected CalamityRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcCalamityRepository(db);
  }
}
