package nl.wmokader.adapters.jdbc;

import nl.wmokader.core.catalogue.port.out.ProductRepository;
import nl.wmokader.core.catalogue.port.out.ProductRepositoryContract;

@PostgresSuite
class PostgresProductRepositoryTest extends ProductRepositoryContract {
  @Override
  protected ProductRepository newRepository() {
    var db = TestDatabases.postgres();
    TestDatabases.truncateAll(db);
    return new JdbcProductRepository(db);
  }
}
