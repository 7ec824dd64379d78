package nl.wmokader.adapters.rest.testing;

import java.util.List;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.region.RegionRoutes;
import nl.wmokader.core.inmemory.InMemoryRegionRepository;
import nl.wmokader.core.region.application.RegionServices;

/**
 * Every production resource, wired over the in-memory adapters: the OpenAPI test checks the served
 * document against exactly these. A new resource is added here.
 */
public final class ProductionRoutes {
  private ProductionRoutes() {}

  public static List<ApiRoutes> overInMemoryAdapters() {
    RegionServices regions = new RegionServices(new InMemoryRegionRepository());
    return List.of(new RegionRoutes(regions, regions, regions));
  }
}
