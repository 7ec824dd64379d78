package nl.wmokader.core.inmemory;

import nl.wmokader.core.catalogue.port.out.ProductRepository;
import nl.wmokader.core.catalogue.port.out.ProductRepositoryContract;

class InMemoryProductRepositoryTest extends ProductRepositoryContract {
  @Override
  protected ProductRepository newRepository() {
    return new InMemoryProductRepository();
  }
}
