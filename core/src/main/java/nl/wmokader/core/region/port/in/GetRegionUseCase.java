package nl.wmokader.core.region.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Reads the region: public information, open to every actor. */
public interface GetRegionUseCase {
  /** @return the region, or {@code RegionError.NotDefined} */
  Either<DomainError, Region> getRegion(Actor actor);
}
