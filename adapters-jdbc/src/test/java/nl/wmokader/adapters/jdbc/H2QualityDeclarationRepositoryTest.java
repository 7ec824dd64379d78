package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.obligations.port.out.QualityDeclarationRepository;
import nl.wmokader.core.obligations.port.out.QualityDeclarationRepositoryContract;

class H2QualityDeclarationRepositoryTest extends QualityDeclarationRepositoryContract {
  @Override
  protected QualityDeclarationRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcQualityDeclarationRepository(db);
  }
}
