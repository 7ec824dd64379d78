package nl.wmokader.adapters.rest.indication;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.InvalidParam;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.adapters.rest.ProblemException;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.IntakeDeadlines;
import nl.wmokader.core.indication.domain.OverdueKind;
import nl.wmokader.core.indication.port.in.CompleteAssessmentUseCase;
import nl.wmokader.core.indication.port.in.DecideOnApplicationUseCase;
import nl.wmokader.core.indication.port.in.DecideOnObjectionUseCase;
import nl.wmokader.core.indication.port.in.FileObjectionUseCase;
import nl.wmokader.core.indication.port.in.GetIndicationUseCase;
import nl.wmokader.core.indication.port.in.ListIndicationsQuery;
import nl.wmokader.core.indication.port.in.ListIndicationsUseCase;
import nl.wmokader.core.indication.port.in.ListOverdueQuery;
import nl.wmokader.core.indication.port.in.ListOverdueUseCase;
import nl.wmokader.core.indication.port.in.ReportNeedUseCase;
import nl.wmokader.core.indication.port.in.SubmitApplicationUseCase;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.PageRequest;

/**
 * Intake, decisions and objections, for the region's and the municipalities' staff:
 * {@code POST /indications} opens a case (a report, or an application without one),
 * {@code GET /indications} and {@code GET /indications/{indicationId}} read cases, the steps are
 * sub-resources ({@code assessment}, {@code application}, {@code decision}, {@code objection},
 * {@code objection/decision}), and {@code GET /overdue-items} lists steps past their due date.
 * Every step answers the whole case with its due dates. A malformed id is a 404, as an absent case.
 */
public final class IndicationRoutes implements ApiRoutes {
  private final ReportNeedUseCase reportNeed;
  private final CompleteAssessmentUseCase completeAssessment;
  private final SubmitApplicationUseCase submitApplication;
  private final DecideOnApplicationUseCase decideOnApplication;
  private final FileObjectionUseCase fileObjection;
  private final DecideOnObjectionUseCase decideOnObjection;
  private final GetIndicationUseCase getIndication;
  private final ListIndicationsUseCase listIndications;
  private final ListOverdueUseCase listOverdue;
  private final IntakeDeadlines deadlines;

  /**
   * @param deadlines the terms the use cases apply, to show each case's due dates; must be the
   *     facade's (same terms and calendar), or the due dates shown disagree with the overdue list
   */
  public IndicationRoutes(ReportNeedUseCase reportNeed, CompleteAssessmentUseCase completeAssessment,
      SubmitApplicationUseCase submitApplication, DecideOnApplicationUseCase decideOnApplication,
      FileObjectionUseCase fileObjection, DecideOnObjectionUseCase decideOnObjection,
      GetIndicationUseCase getIndication, ListIndicationsUseCase listIndications, ListOverdueUseCase listOverdue,
      IntakeDeadlines deadlines) {
    this.reportNeed = requireNonNull(reportNeed, "reportNeed");
    this.completeAssessment = requireNonNull(completeAssessment, "completeAssessment");
    this.submitApplication = requireNonNull(submitApplication, "submitApplication");
    this.decideOnApplication = requireNonNull(decideOnApplication, "decideOnApplication");
    this.fileObjection = requireNonNull(fileObjection, "fileObjection");
    this.decideOnObjection = requireNonNull(decideOnObjection, "decideOnObjection");
    this.getIndication = requireNonNull(getIndication, "getIndication");
    this.listIndications = requireNonNull(listIndications, "listIndications");
    this.listOverdue = requireNonNull(listOverdue, "listOverdue");
    this.deadlines = requireNonNull(deadlines, "deadlines");
  }

  @Override
  public void register(ApiRouter router) {
    router.post("/indications", call -> call.created(call.command(OpenIndicationRequest.class)
        .flatMap(opening -> opening.fold(
            report -> reportNeed.reportNeed(call.actor(), report),
            application -> submitApplication.submitApplication(call.actor(), application)))
        .map(this::dto), created -> "/indications/" + created.id()));

    router.get("/indications", call -> call.respond(
        listIndications.listIndications(call.actor(), new ListIndicationsQuery(call.pageRequest()))
            .map(page -> PageDto.of(page, this::dto, call))));

    router.get("/indications/{indicationId}", call -> call.respond(
        getIndication.getIndication(call.actor(), indicationId(call)).map(this::dto)));

    router.post("/indications/{indicationId}/assessment", call -> {
      IndicationId id = indicationId(call);
      call.respond(call.command(AssessmentRequest.class)
          .flatMap(command -> completeAssessment.completeAssessment(call.actor(), command.apply(id)))
          .map(this::dto));
    });

    router.post("/indications/{indicationId}/application", call -> {
      IndicationId id = indicationId(call);
      call.respond(call.command(ApplicationRequest.class)
          .flatMap(command -> submitApplication.submitApplication(call.actor(), command.apply(id)))
          .map(this::dto));
    });

    router.post("/indications/{indicationId}/decision", call -> {
      IndicationId id = indicationId(call);
      call.respond(call.command(DecisionRequest.class)
          .flatMap(command -> decideOnApplication.decideOnApplication(call.actor(), command.apply(id)))
          .map(this::dto));
    });

    router.post("/indications/{indicationId}/objection", call -> {
      IndicationId id = indicationId(call);
      call.respond(call.command(ObjectionRequest.class)
          .flatMap(command -> fileObjection.fileObjection(call.actor(), command.apply(id)))
          .map(this::dto));
    });

    router.post("/indications/{indicationId}/objection/decision", call -> {
      IndicationId id = indicationId(call);
      call.respond(call.command(ObjectionDecisionRequest.class)
          .flatMap(command -> decideOnObjection.decideOnObjection(call.actor(), command.apply(id)))
          .map(this::dto));
    });

    router.get("/overdue-items", call -> call.respond(
        listOverdue.listOverdue(call.actor(), overdueQuery(call))
            .map(page -> PageDto.of(page, OverdueItemDto::from, call))));
  }

  private IndicationDto dto(Indication indication) {
    return IndicationDto.from(indication, deadlines);
  }

  /** The case id of the path; a malformed one is bad input (400), as on every other resource. */
  private static IndicationId indicationId(ApiCall call) {
    String raw = call.pathParam("indicationId");
    if (!FieldChecks.isUuid(raw)) {
      throw new ProblemException(400, "invalid_input", "The request has invalid parameters.",
          java.util.List.of(new InvalidParam("indicationId", "uuid_format", FieldChecks.UUID_FORMAT)),
          java.util.Map.of());
    }
    return new IndicationId(UUID.fromString(raw));
  }

  /** The optional {@code kind} and the page; every invalid parameter is reported at once. */
  private static ListOverdueQuery overdueQuery(ApiCall call) {
    List<FieldError> errors = new ArrayList<>();
    Option<OverdueKind> kind = call.query("kind").flatMap(raw -> {
      Option<OverdueKind> parsed = io.vavr.collection.List.of(OverdueKind.values()).find(k -> k.name().equals(raw));
      if (parsed.isEmpty()) {
        errors.add(new FieldError("kind", "invalid_value",
            "must be one of " + io.vavr.collection.List.of(OverdueKind.values()).mkString(", ")));
      }
      return parsed;
    });
    PageRequest page = null;
    try {
      page = call.pageRequest();
    } catch (ProblemException e) {
      if (errors.isEmpty()) {
        throw e;
      }
      e.invalidParams().forEach(p -> errors.add(new FieldError(p.name(), p.code(), p.reason())));
    }
    if (!errors.isEmpty()) {
      InvalidInput invalid = new InvalidInput(io.vavr.collection.List.ofAll(errors));
      throw new ProblemException(400, "invalid_input", invalid.message(),
          invalid.errors().map(InvalidParam::from).toJavaList(), Map.of());
    }
    return new ListOverdueQuery(kind, page);
  }
}
