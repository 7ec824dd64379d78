package nl.wmokader.core.catalogue.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;

/**
 * Lists the catalogue as of a date: the version valid that day of every product the actor may see,
 * ordered by code. Another member's local products are left out for a member's staff.
 */
public interface ListProductsUseCase {
  /** @return one page of versions, or {@code InvalidInput} (no page) */
  Either<DomainError, Page<ProductVersion>> listProducts(Actor actor, ListProductsQuery query);
}
