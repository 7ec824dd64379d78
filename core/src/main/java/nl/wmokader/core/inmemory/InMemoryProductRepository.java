package nl.wmokader.core.inmemory;

import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.port.out.ProductRepository;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;

/** The catalogue's products in memory, kept ordered by code. */
public final class InMemoryProductRepository implements ProductRepository {

  // immutable values, replaced under the lock on save: reads need no lock
  private volatile SortedMap<ProductCode, Product> byCode = TreeMap.empty();
  /** {@link #findAll}'s answer, kept: every claim reads the catalogue. */
  private volatile Seq<Product> all = Array.empty();

  @Override
  public Option<Product> findByCode(ProductCode code) {
    return byCode.get(code);
  }

  @Override
  public Seq<Product> findAll() {
    return all;
  }

  @Override
  public synchronized Either<DomainError, Product> save(Product product) {
    Option<Product> current = byCode.get(product.code());
    if (product.version() == 0 && current.isDefined()) {
      return Either.left(new CommonError.Duplicate("Product", product.code().value()));
    }
    long stored = current.map(Product::version).getOrElse(0L);
    if (product.version() != stored) {
      return Either.left(new CommonError.StaleVersion("Product", product.code().value(), product.version()));
    }
    Product saved = product.withVersion(stored + 1);
    byCode = byCode.put(saved.code(), saved);
    all = Array.ofAll(byCode.values());
    return Either.right(saved);
  }
}
