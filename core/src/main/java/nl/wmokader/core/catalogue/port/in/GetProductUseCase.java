package nl.wmokader.core.catalogue.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Reads a whole product: every version, every reference tariff, and its version for optimistic locking. */
public interface GetProductUseCase {
  /** @return the product, or {@code NotFound} (unknown code, or another member's local product), {@code InvalidInput} */
  Either<DomainError, Product> getProduct(Actor actor, ProductCode code);
}
