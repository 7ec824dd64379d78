package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.region.port.out.RegionRepository;
import nl.wmokader.core.region.port.out.RegionRepositoryContract;

@PostgresSuite
class PostgresRegionRepositoryTest extends RegionRepositoryContract {
  @Override
  protected RegionRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcRegionRepository(db);
  }

  @Override
  protected RegionRepository overTheSameStore(RegionRepository repo) {
    return new JdbcRegionRepository(TestDatabases.postgres());
  }
}
