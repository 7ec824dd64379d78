package nl.wmokader.adapters.rest.testing;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.WmoKaderRoutes;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.testing.SequentialIds;

/**
 * Every production resource ({@link WmoKaderRoutes}), wired over the in-memory adapters: the
 * OpenAPI test checks the served document against exactly these.
 */
public final class ProductionRoutes {
  private ProductionRoutes() {}

  public static List<ApiRoutes> overInMemoryAdapters() {
    return WmoKaderRoutes.of(new InMemoryAdapters().builder()
        .clock(Clock.system(ZoneId.of("Europe/Amsterdam")))
        .ids(new SequentialIds())
        .build());
  }
}
