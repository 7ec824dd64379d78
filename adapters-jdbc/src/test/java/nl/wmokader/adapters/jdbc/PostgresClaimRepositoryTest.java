package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.settlement.port.out.ClaimRepositoryContract;

@PostgresSuite
class PostgresClaimRepositoryTest extends ClaimRepositoryContract {
  @Override
  protected ClaimRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcClaimRepository(db);
  }
}
