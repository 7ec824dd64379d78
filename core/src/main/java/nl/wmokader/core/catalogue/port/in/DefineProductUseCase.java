package nl.wmokader.core.catalogue.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Defines a new product code with its first version. Region staff define any product; a member's
 * staff may define a product local to their own municipality.
 */
public interface DefineProductUseCase {
  /**
   * @return the stored product, or {@code Forbidden} (providers, supervisors; a member's staff for a
   *     regional product or another member's), {@code InvalidInput} (missing fields, blank or too
   *     long name, end before start), {@code CatalogueError.NotAMember} (local to a non-member),
   *     {@code Duplicate} (the code exists)
   */
  Either<DomainError, Product> defineProduct(Actor actor, DefineProductCommand command);
}
