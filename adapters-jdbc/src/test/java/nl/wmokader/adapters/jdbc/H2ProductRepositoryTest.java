package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.catalogue.port.out.ProductRepository;
import nl.wmokader.core.catalogue.port.out.ProductRepositoryContract;

class H2ProductRepositoryTest extends ProductRepositoryContract {
  @Override
  protected ProductRepository newRepository() {
    var db = TestDatabases.h2();
    TestDatabases.truncateAll(db);
    return new JdbcProductRepository(db);
  }
}
