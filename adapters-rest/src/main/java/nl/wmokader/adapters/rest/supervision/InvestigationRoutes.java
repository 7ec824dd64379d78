package nl.wmokader.adapters.rest.supervision;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.UUID;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.InputResults;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.port.in.AddOutcomeUseCase;
import nl.wmokader.core.supervision.port.in.AdvanceInvestigationUseCase;
import nl.wmokader.core.supervision.port.in.FollowUpImprovementPointCommand;
import nl.wmokader.core.supervision.port.in.FollowUpImprovementPointUseCase;
import nl.wmokader.core.supervision.port.in.GetInvestigationUseCase;
import nl.wmokader.core.supervision.port.in.InformMembersUseCase;
import nl.wmokader.core.supervision.port.in.ListInvestigationsQuery;
import nl.wmokader.core.supervision.port.in.ListInvestigationsUseCase;
import nl.wmokader.core.supervision.port.in.ListOverdueImprovementPointsUseCase;
import nl.wmokader.core.supervision.port.in.OpenInvestigationUseCase;
import nl.wmokader.core.supervision.port.in.RecordFindingUseCase;
import nl.wmokader.core.supervision.port.in.ReportMeasureUseCase;

/**
 * Investigations: {@code POST /investigations} opens one (201 + Location), {@code GET
 * /investigations} lists them (filter provider), {@code GET /investigations/{investigationId}}
 * reads one; {@code POST .../steps} takes it to its next step, {@code .../findings} records a
 * finding, {@code .../outcomes} adds an outcome (a formal measure takes effect in contracting or
 * settlement at once), {@code .../improvement-points/{index}/follow-up} follows an improvement
 * point up, {@code .../informed-members} records who was informed, {@code
 * .../outcomes/{index}/report} records the provider's report of a measure: each answers 200 with the
 * investigation. {@code GET /overdue-improvement-points} lists the points past their deadline.
 * Changing is the region's staff's and supervisors'; a provider's staff read their own and report
 * the measures imposed on them.
 */
public final class InvestigationRoutes implements ApiRoutes {
  private static final String ONE = "/investigations/{investigationId}";

  private final OpenInvestigationUseCase open;
  private final GetInvestigationUseCase get;
  private final ListInvestigationsUseCase list;
  private final AdvanceInvestigationUseCase advance;
  private final RecordFindingUseCase finding;
  private final AddOutcomeUseCase outcome;
  private final FollowUpImprovementPointUseCase followUp;
  private final InformMembersUseCase inform;
  private final ListOverdueImprovementPointsUseCase overdue;
  private final ReportMeasureUseCase report;

  public InvestigationRoutes(OpenInvestigationUseCase open, GetInvestigationUseCase get,
                             ListInvestigationsUseCase list, AdvanceInvestigationUseCase advance,
                             RecordFindingUseCase finding, AddOutcomeUseCase outcome,
                             FollowUpImprovementPointUseCase followUp, InformMembersUseCase inform,
                             ListOverdueImprovementPointsUseCase overdue, ReportMeasureUseCase report) {
    this.open = requireNonNull(open, "open");
    this.get = requireNonNull(get, "get");
    this.list = requireNonNull(list, "list");
    this.advance = requireNonNull(advance, "advance");
    this.finding = requireNonNull(finding, "finding");
    this.outcome = requireNonNull(outcome, "outcome");
    this.followUp = requireNonNull(followUp, "followUp");
    this.inform = requireNonNull(inform, "inform");
    this.overdue = requireNonNull(overdue, "overdue");
    this.report = requireNonNull(report, "report");
  }

  /** An overdue list in one object, so that it can grow fields later. */
  public record OverdueImprovementPointsDto(java.util.List<OverdueImprovementPointDto> items) {}

  @Override
  public void register(ApiRouter router) {
    router.post("/investigations", call -> call.created(call.command(OpenInvestigationRequest.class)
        .flatMap(command -> open.openInvestigation(call.actor(), command))
        .map(InvestigationDto::from), i -> "/investigations/" + i.id()));

    router.get("/investigations", call -> {
      FieldChecks check = new FieldChecks();
      AgbCode provider = SupervisionParams.providerFilter(check, call);
      PageRequest page = call.page(check);
      call.respond(check.resultFrom(() -> new ListInvestigationsQuery(Option.of(provider), page))
          .flatMap(query -> list.listInvestigations(call.actor(), query))
          .map(p -> PageDto.of(p, InvestigationDto::from, call)));
    });

    router.get(ONE, call -> call.respond(id(call)
        .flatMap(id -> get.getInvestigation(call.actor(), id))
        .map(InvestigationDto::from)));

    router.post(ONE + "/steps", call -> change(call, AdvanceInvestigationRequest.class,
        command -> advance.advanceInvestigation(call.actor(), command)));
    router.post(ONE + "/findings", call -> change(call, RecordFindingRequest.class,
        command -> finding.recordFinding(call.actor(), command)));
    router.post(ONE + "/outcomes", call -> change(call, AddOutcomeRequest.class,
        command -> InputResults.renamed(outcome.addOutcome(call.actor(), command), OutcomeFields::named)));
    // The core names the list as its command does: the client reads it as it sent it.
    router.post(ONE + "/informed-members", call -> change(call, InformMembersRequest.class,
        command -> InputResults.renamed(inform.informMembers(call.actor(), command), "members", "municipalities")));

    // No body: the path names the point; an empty body or none is fine.
    router.post(ONE + "/improvement-points/{index}/follow-up", call -> {
      FieldChecks check = new FieldChecks();
      UUID id = SupervisionParams.uuid(check, call, "investigationId");
      Integer at = index(check, call);
      call.respond(check.resultFrom(() -> new FollowUpImprovementPointCommand(new InvestigationId(id), at))
          .flatMap(command -> followUp.followUpImprovementPoint(call.actor(), command))
          .map(InvestigationDto::from));
    });

    // The path names the measure, the body the day the provider reported it ({} for a provider reporting today).
    router.post(ONE + "/outcomes/{index}/report", call -> {
      FieldChecks check = new FieldChecks();
      UUID id = SupervisionParams.uuid(check, call, "investigationId");
      Integer at = index(check, call);
      call.respond(InputResults.both(check.resultFrom(() -> new InvestigationId(id)),
              call.command(ReportMeasureRequest.class), (investigation, command) -> command.apply(investigation, at))
          .flatMap(command -> report.reportMeasure(call.actor(), command))
          .map(InvestigationDto::from));
    });

    router.get("/overdue-improvement-points", call -> call.respond(overdue.listOverdueImprovementPoints(call.actor())
        .map(points -> new OverdueImprovementPointsDto(points.map(OverdueImprovementPointDto::from).toJavaList()))));
  }

  /** The path's outcome index, or a field error. */
  private static Integer index(FieldChecks check, ApiCall call) {
    String raw = call.pathParam("index");
    if (raw == null || !raw.matches("[0-9]{1,9}")) {
      check.add("index", "invalid_type", "must be a non-negative integer");
      return null;
    }
    return Integer.parseInt(raw);
  }

  private static Either<DomainError, InvestigationId> id(ApiCall call) {
    FieldChecks check = new FieldChecks();
    UUID id = SupervisionParams.uuid(check, call, "investigationId");
    return check.resultFrom(() -> new InvestigationId(id));
  }

  /** The path's investigation and the body's command, all field errors at once, then the use case; 200 with the investigation. */
  private static <C, R extends ApiRequest<Function<InvestigationId, C>>> void change(
      ApiCall call, Class<R> body, Function<C, Either<DomainError, Investigation>> useCase) {
    call.respond(InputResults.both(id(call), call.command(body), (id, command) -> command.apply(id))
        .flatMap(useCase)
        .map(InvestigationDto::from));
  }
}
