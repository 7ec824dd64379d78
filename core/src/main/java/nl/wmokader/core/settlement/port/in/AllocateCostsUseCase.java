package nl.wmokader.core.settlement.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.settlement.domain.Allocation;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Divides a shared cost over the region's members by a key ({@link Allocation#divide}): a computation,
 * nothing is stored. The region's staff and the staff of its members may compute it.
 */
public interface AllocateCostsUseCase {
  /**
   * @return the allocation, in the region's member order; or {@code Forbidden} (providers, supervisors,
   *     staff of a municipality outside the region), {@code InvalidInput} (every invalid field at once),
   *     {@code RegionError.NotDefined}, or the rule's {@code AllocationError} (e.g. a member without an
   *     inhabitant count, fixed shares not adding up to the whole, all weights zero)
   */
  Either<DomainError, Allocation> allocateCosts(Actor actor, AllocateCostsCommand command);
}
