package nl.wmokader.core.catalogue.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Sets a product's reference tariff over a period (yearly indexation: a new tariff from 1 January).
 * An open-ended earlier tariff is closed the day before. Region staff set it; a member's staff may
 * set it for their own local products.
 */
public interface SetReferenceTariffUseCase {
  /**
   * @return the stored product, or {@code Forbidden} (providers, supervisors; a member's staff for
   *     a regional product), {@code InvalidInput} (missing fields, negative tariff, end before
   *     start), {@code NotFound} (unknown code, or another member's local product),
   *     {@code CatalogueError.TariffOverlap}, {@code StaleVersion}
   */
  Either<DomainError, Product> setReferenceTariff(Actor actor, SetReferenceTariffCommand command);
}
