package nl.wmokader.core.catalogue.port.in;

import io.vavr.collection.Seq;
import io.vavr.collection.Traversable;
import io.vavr.control.Either;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * The products among {@code codes} that exist, with every version, in one read: what a claim's
 * validation needs of the catalogue, however many lines it has. Every actor may read the catalogue.
 */
public interface FindProductsUseCase {
  Either<DomainError, Seq<Product>> findProducts(Actor actor, Traversable<ProductCode> codes);
}
