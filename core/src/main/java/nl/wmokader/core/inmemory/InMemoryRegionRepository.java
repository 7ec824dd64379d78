package nl.wmokader.core.inmemory;

import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.out.RegionRepository;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;

/** The region in memory: saved under a lock, read without one (every claim reads it). */
public final class InMemoryRegionRepository implements RegionRepository {

  private volatile Region stored;

  @Override
  public Option<Region> find() {
    return Option.of(stored);
  }

  @Override
  public synchronized Either<DomainError, Region> save(Region region) {
    long current = stored == null ? 0 : stored.version();
    if (region.version() != current) {
      return Either.left(new CommonError.StaleVersion("Region", region.name(), region.version()));
    }
    stored = region.withVersion(current + 1);
    return Either.right(stored);
  }
}
