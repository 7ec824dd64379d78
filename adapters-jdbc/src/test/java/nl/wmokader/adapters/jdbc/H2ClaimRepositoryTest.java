package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.settlement.port.out.ClaimRepositoryContract;

class H2ClaimRepositoryTest extends ClaimRepositoryContract {
  @Override
  protected ClaimRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcClaimRepository(db);
  }
}
