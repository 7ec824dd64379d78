package nl.wmokader.core.region.port.out;

import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.shared.DomainError;

/** Stores the one region of a deployment. */
public interface RegionRepository {

  Option<Region> find();

  /**
   * Stores {@code region} when the stored version equals {@code region.version()} (0: none stored
   * yet) and returns the stored copy with the version raised by one; else {@code Left(StaleVersion)}.
   */
  Either<DomainError, Region> save(Region region);
}
