package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.region.port.out.RegionRepository;
import nl.wmokader.core.region.port.out.RegionRepositoryContract;

class H2RegionRepositoryTest extends RegionRepositoryContract {
  @Override
  protected RegionRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcRegionRepository(db);
  }

  @Override
  protected RegionRepository overTheSameStore(RegionRepository repo) {
    return new JdbcRegionRepository(TestDatabases.h2());
  }
}
