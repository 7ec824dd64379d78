package nl.wmokader.core.region.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Defines the region, or redefines its name and members (inhabitant counts of members are kept). */
public interface DefineRegionUseCase {
  /**
   * @return the stored region, or {@code Forbidden} (not region staff), {@code InvalidInput} (blank
   *     name, no or several central members, duplicate codes), {@code StaleVersion}
   */
  Either<DomainError, Region> defineRegion(Actor actor, DefineRegionCommand command);
}
