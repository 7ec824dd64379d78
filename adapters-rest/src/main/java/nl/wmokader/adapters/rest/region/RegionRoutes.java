package nl.wmokader.adapters.rest.region;

import static java.util.Objects.requireNonNull;

import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.core.region.port.in.DefineRegionUseCase;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.region.port.in.RecordInhabitantsUseCase;

/**
 * The region, a singleton resource (a deployment serves one region):
 * {@code GET /region} for every actor, {@code PUT /region} to define it and
 * {@code POST /region/inhabitant-counts} to record a member's count, both for the region's staff.
 */
public final class RegionRoutes implements ApiRoutes {
  private final GetRegionUseCase getRegion;
  private final DefineRegionUseCase defineRegion;
  private final RecordInhabitantsUseCase recordInhabitants;

  public RegionRoutes(GetRegionUseCase getRegion, DefineRegionUseCase defineRegion,
      RecordInhabitantsUseCase recordInhabitants) {
    this.getRegion = requireNonNull(getRegion, "getRegion");
    this.defineRegion = requireNonNull(defineRegion, "defineRegion");
    this.recordInhabitants = requireNonNull(recordInhabitants, "recordInhabitants");
  }

  @Override
  public void register(ApiRouter router) {
    router.get("/region", call -> call.respond(getRegion.getRegion(call.actor()).map(RegionDto::from)));

    router.put("/region", call -> call.respond(call.command(DefineRegionRequest.class)
        .flatMap(command -> defineRegion.defineRegion(call.actor(), command))
        .map(RegionDto::from)));

    router.post("/region/inhabitant-counts", call -> call.respond(call.command(RecordInhabitantsRequest.class)
        .flatMap(command -> recordInhabitants.recordInhabitants(call.actor(), command))
        .map(RegionDto::from)));
  }
}
