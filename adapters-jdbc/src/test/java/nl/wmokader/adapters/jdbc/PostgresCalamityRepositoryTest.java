package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.supervision.port.out.CalamityRepository;
import nl.wmokader.core.supervision.port.out.CalamityRepositoryContract;

@PostgresSuite
class PostgresCalamityRepositoryTest extends CalamityRepositoryContract {
  @Override
  protected CalamityRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcCalamityRepository(db);
  }
}
