package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.contracting.domain.DeliveryRight;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Whether a provider holds an active contract lot for a product on a date: what an assignment
 * needs before it names a provider. Only an ACTIVE contract gives the right (or one terminated while
 * active, until its termination date): an application, an admitted or a suspended contract does
 * not. Open to the region's and the members' staff and to the provider itself.
 */
public interface FindDeliveryRightUseCase {
  /**
   * @return {@code Some(right)} when an active contract's lot covers the product that day and no client stop blocks
   *     new assignments and a tariff applies (the lot's own, else the reference tariff of the day),
   *     {@code None} otherwise (also for an unknown provider); or {@code Forbidden} (supervisor,
   *     another provider's staff), {@code InvalidInput} (missing fields)
   */
  Either<DomainError, Option<DeliveryRight>> findDeliveryRight(Actor actor, DeliveryRightQuery query);
}
