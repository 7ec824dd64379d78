package nl.wmokader.core.catalogue.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Revises a product from a date: the version still valid on that date is closed the day before
 * and the new version follows it. Decisions keep referring to the version they were granted under.
 */
public interface ReviseProductUseCase {
  /**
   * @return the stored product, or {@code Forbidden} (providers, supervisors; a member's staff for
   *     a regional product), {@code InvalidInput} (missing fields, blank or too long name, end
   *     before start), {@code NotFound} (unknown code, or another member's local product),
   *     {@code CatalogueError.CategoryMismatch}, {@code CatalogueError.VersionOverlap} (not after
   *     the latest version's start), {@code StaleVersion}
   */
  Either<DomainError, Product> reviseProduct(Actor actor, ReviseProductCommand command);
}
