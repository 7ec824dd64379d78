package nl.wmokader.adapters.rest.indication;

import static java.util.Objects.requireNonNull;

import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartUseCase;
import nl.wmokader.core.indication.port.in.ReportDeliveryStopUseCase;

/**
 * The provider's delivery reports on its own assignment: {@code POST
 * /assignments/{assignmentId}/delivery-start} (iWmo 305) and {@code .../delivery-stop} (307).
 * Another provider's assignment answers 404, as if absent; other roles 403.
 */
public final class DeliveryRoutes implements ApiRoutes {
  private final ReportDeliveryStartUseCase start;
  private final ReportDeliveryStopUseCase stop;

  public DeliveryRoutes(ReportDeliveryStartUseCase start, ReportDeliveryStopUseCase stop) {
    this.start = requireNonNull(start, "start");
    this.stop = requireNonNull(stop, "stop");
  }

  @Override
  public void register(ApiRouter router) {
    router.post("/assignments/{assignmentId}/delivery-start", call -> call.respond(
        IndicationParams.onAssignment(call, DeliveryStartRequest.class)
            .flatMap(command -> start.reportDeliveryStart(call.actor(), command))
            .map(AssignmentDto::from)));

    router.post("/assignments/{assignmentId}/delivery-stop", call -> call.respond(
        IndicationParams.onAssignment(call, DeliveryStopRequest.class)
            .flatMap(command -> stop.reportDeliveryStop(call.actor(), command))
            .map(AssignmentDto::from)));
  }
}
