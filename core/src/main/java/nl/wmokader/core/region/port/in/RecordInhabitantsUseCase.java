package nl.wmokader.core.region.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Records a member's inhabitant count on a reference date. */
public interface RecordInhabitantsUseCase {
  /**
   * @return the stored region, or {@code Forbidden} (not region staff), {@code InvalidInput}
   *     (missing fields, negative count), {@code RegionError.NotDefined}, {@code RegionError.NotAMember},
   *     {@code StaleVersion}
   */
  Either<DomainError, Region> recordInhabitants(Actor actor, RecordInhabitantsCommand command);
}
