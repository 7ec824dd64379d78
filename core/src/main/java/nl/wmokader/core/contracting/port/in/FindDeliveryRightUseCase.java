package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.contracting.domain.DeliveryRight;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Whether a provider holds an active contract lot for a product on a date: what an assignment
 * needs before it names a provider. Open to the region's and the members' staff and to the
 * provider itself.
 */
public interface FindDeliveryRightUseCase {
  /**
   * @return {@code Some(right)} when a lot covers the product that day and no client stop blocks
   *     new assignments, {@code None} otherwise; or {@code Forbidden} (supervisor, another provider)
   */
  Either<DomainError, Option<DeliveryRight>> findDeliveryRight(Actor actor, DeliveryRightQuery query);
}
