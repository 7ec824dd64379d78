package nl.wmokader.core.catalogue.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Looks up a product "as of" a date; the catalogue is public to every actor. */
public interface FindProductUseCase {
  /**
   * @return the version valid on the date, or {@code NotFound} (no such code, or no version valid
   *     that day, or a local product of another member for a municipality's staff), {@code InvalidInput}
   */
  Either<DomainError, ProductVersion> findProduct(Actor actor, FindProductQuery query);
}
