package nl.wmokader.core.catalogue.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.DomainError;

/** Stores products by code. Scope is the use cases' business: the repository sees everything. */
public interface ProductRepository {

  Option<Product> findByCode(ProductCode code);

  /** Every product, ordered by code. The catalogue is small (tens to a few hundred codes). */
  Seq<Product> findAll();

  /**
   * Stores {@code product} when the stored version equals its version and returns the stored copy
   * with the version raised by one. Version 0 inserts: {@code Left(Duplicate)} when the code is
   * stored already. Otherwise {@code Left(StaleVersion)} when the stored version differs (or none
   * is stored).
   */
  Either<DomainError, Product> save(Product product);
}
