package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.obligations.port.out.QualityDeclarationRepository;
import nl.wmokader.core.obligations.port.out.QualityDeclarationRepositoryContract;

@PostgresSuite
class PostgresQualityDeclarationRepositoryTest extends QualityDeclarationRepositoryContract {

  @Override
  protected QualityDeclarationRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcQualityDeclarationRepository(db);
  }
}
