package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Whether a provider may get a new assignment in a product category on a date: what an aspecific
 * or generic assignment without a product code needs before it names a provider. The provider
 * holds a delivery right ({@link FindDeliveryRightUseCase}) for at least one product of the
 * category that day. Open to the region's and the members' staff and to the provider itself.
 */
public interface FindCategoryRightUseCase {
  /**
   * @return whether some product of the category is the provider's to deliver that day (false also
   *     for an unknown provider); or {@code Forbidden} (supervisor, another provider's staff),
   *     {@code InvalidInput} (missing fields)
   */
  Either<DomainError, Boolean> holdsCategoryRight(Actor actor, CategoryRightQuery query);
}
