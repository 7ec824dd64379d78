package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.indication.port.out.IndicationRepositoryContract;

class H2IndicationRepositoryTest extends IndicationRepositoryContract {
  @Override
  protected IndicationRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcIndicationRepository(db);
  }
}
