package nl.wmokader.adapters.rest.supervision;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.UUID;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.InputResults;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.supervision.domain.CalamityId;
import nl.wmokader.core.supervision.port.in.ListCalamitiesQuery;
import nl.wmokader.core.supervision.port.in.ListCalamitiesUseCase;
import nl.wmokader.core.supervision.port.in.RecordGgdStepUseCase;
import nl.wmokader.core.supervision.port.in.ReportCalamityUseCase;

/**
 * Calamities and violence incidents: {@code POST /calamities} reports one (the provider itself, or
 * the region's staff or a supervisor on its behalf: 201), {@code GET /calamities} lists them (a
 * provider only its own), {@code POST /calamities/{calamityId}/ggd-steps} records the GGD's start,
 * its conclusion or the region's follow-up (200 with the calamity).
 */
public final class CalamityRoutes implements ApiRoutes {
  private final ReportCalamityUseCase report;
  private final RecordGgdStepUseCase step;
  private final ListCalamitiesUseCase list;

  public CalamityRoutes(ReportCalamityUseCase report, RecordGgdStepUseCase step, ListCalamitiesUseCase list) {
    this.report = requireNonNull(report, "report");
    this.step = requireNonNull(step, "step");
    this.list = requireNonNull(list, "list");
  }

  @Override
  public void register(ApiRouter router) {
    router.post("/calamities", call -> call.respond(201, call.command(ReportCalamityRequest.class)
        .flatMap(command -> report.reportCalamity(call.actor(), command))
        .map(CalamityDto::from)));

    router.get("/calamities", call -> {
      FieldChecks check = new FieldChecks();
      AgbCode provider = SupervisionParams.providerFilter(check, call);
      PageRequest page = call.page(check);
      call.respond(check.resultFrom(() -> new ListCalamitiesQuery(Option.of(provider), page))
          .flatMap(query -> list.listCalamities(call.actor(), query))
          .map(p -> PageDto.of(p, CalamityDto::from, call)));
    });

    router.post("/calamities/{calamityId}/ggd-steps", call -> {
      FieldChecks check = new FieldChecks();
      UUID id = SupervisionParams.uuid(check, call, "calamityId");
      call.respond(InputResults.both(check.resultFrom(() -> new CalamityId(id)),
              call.command(GgdStepRequest.class), (calamity, command) -> command.apply(calamity))
          .flatMap(command -> step.recordGgdStep(call.actor(), command))
          .map(CalamityDto::from));
    });
  }
}
