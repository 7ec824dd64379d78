package nl.wmokader.core.inmemory;

import nl.wmokader.core.region.port.out.RegionRepository;
import nl.wmokader.core.region.port.out.RegionRepositoryContract;

class InMemoryRegionRepositoryTest extends RegionRepositoryContract {
  @Override
  protected RegionRepository newRepository() {
    return new InMemoryRegionRepository();
  }
}
