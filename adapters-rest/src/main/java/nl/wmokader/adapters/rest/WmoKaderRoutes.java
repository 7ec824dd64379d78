package nl.wmokader.adapters.rest;

import java.util.List;
import nl.wmokader.adapters.rest.assignment.AssignmentRoutes;
import nl.wmokader.adapters.rest.assignment.DeliveryRoutes;
import nl.wmokader.adapters.rest.assignment.WaitingTimeRoutes;
import nl.wmokader.adapters.rest.region.RegionRoutes;
import nl.wmokader.core.WmoKader;

/** Every resource of the API, wired to the use cases of one {@link WmoKader}. */
public final class WmoKaderRoutes {
  private WmoKaderRoutes() {}

  /** The routes of every resource; pass them to {@link WmoRestApi#register}. */
  public static List<ApiRoutes> of(WmoKader wmo) {
    return List.of(
        new RegionRoutes(wmo.getRegion(), wmo.defineRegion(), wmo.recordInhabitants()),
        new AssignmentRoutes(wmo.issueAssignment(), wmo.extendAssignment(), wmo.changeAssignmentVolume(),
            wmo.deleteAssignment(), wmo.getAssignment(), wmo.listAssignments()),
        new DeliveryRoutes(wmo.reportDeliveryStart(), wmo.reportDeliveryStop()),
        new WaitingTimeRoutes(wmo.listWaitingTimes()));
  }
}
