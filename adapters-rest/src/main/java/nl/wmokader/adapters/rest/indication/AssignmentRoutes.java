package nl.wmokader.adapters.rest.indication;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Set;
import java.util.UUID;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.InputResults;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.adapters.rest.Params;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.port.in.ChangeAssignmentVolumeUseCase;
import nl.wmokader.core.indication.port.in.DeleteAssignmentCommand;
import nl.wmokader.core.indication.port.in.DeleteAssignmentUseCase;
import nl.wmokader.core.indication.port.in.ExtendAssignmentUseCase;
import nl.wmokader.core.indication.port.in.GetAssignmentUseCase;
import nl.wmokader.core.indication.port.in.IssueAssignmentUseCase;
import nl.wmokader.core.indication.port.in.ListAssignmentsQuery;
import nl.wmokader.core.indication.port.in.ListAssignmentsUseCase;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.PageRequest;

/**
 * Assignments (toewijzingen), the municipality's side and reading: {@code POST /assignments} issues
 * one, {@code GET /assignments} lists (filters indication, provider, status) and
 * {@code POST /assignments/searches} searches with a body (also by client), {@code GET},
 * {@code DELETE} and the actions {@code extension} and {@code volume-change} on
 * {@code /assignments/{assignmentId}}. Scope is the core's: a provider sees only its own, a
 * municipality its cases; anything else answers 404 as if absent.
 */
public final class AssignmentRoutes implements ApiRoutes {
  private static final Set<String> LIST_FILTERS = Set.of("indication", "provider", "status");

  private final IssueAssignmentUseCase issue;
  private final ExtendAssignmentUseCase extend;
  private final ChangeAssignmentVolumeUseCase changeVolume;
  private final DeleteAssignmentUseCase delete;
  private final GetAssignmentUseCase get;
  private final ListAssignmentsUseCase list;

  public AssignmentRoutes(IssueAssignmentUseCase issue, ExtendAssignmentUseCase extend,
                          ChangeAssignmentVolumeUseCase changeVolume, DeleteAssignmentUseCase delete,
                          GetAssignmentUseCase get, ListAssignmentsUseCase list) {
    this.issue = requireNonNull(issue, "issue");
    this.extend = requireNonNull(extend, "extend");
    this.changeVolume = requireNonNull(changeVolume, "changeVolume");
    this.delete = requireNonNull(delete, "delete");
    this.get = requireNonNull(get, "get");
    this.list = requireNonNull(list, "list");
  }

  @Override
  public void register(ApiRouter router) {
    router.post("/assignments", call -> call.created(call.command(IssueAssignmentRequest.class)
        .flatMap(command -> issue.issueAssignment(call.actor(), command))
        .map(AssignmentDto::from), a -> "/assignments/" + a.id()));

    router.get("/assignments", call -> call.respond(listQuery(call)
        .flatMap(query -> list.listAssignments(call.actor(), query))
        .map(page -> PageDto.of(page, AssignmentDto::from, call))));

    router.post("/assignments/searches", call -> call.respond(searchQuery(call)
        .flatMap(query -> list.listAssignments(call.actor(), query))
        .map(page -> PageDto.of(page, AssignmentDto::from, call))));

    router.get("/assignments/{assignmentId}", call -> call.respond(IndicationParams.assignmentId(call)
        .flatMap(id -> get.getAssignment(call.actor(), id))
        .map(AssignmentDto::from)));

    router.delete("/assignments/{assignmentId}", call -> call.noContent(IndicationParams.assignmentId(call)
        .flatMap(id -> delete.deleteAssignment(call.actor(), new DeleteAssignmentCommand(id)))));

    router.post("/assignments/{assignmentId}/extension", call -> call.respond(
        IndicationParams.onAssignment(call, ExtendAssignmentRequest.class)
            .flatMap(command -> extend.extendAssignment(call.actor(), command))
            .map(AssignmentDto::from)));

    // The change ends the assignment and issues a new one: the answer is the new one, created.
    router.post("/assignments/{assignmentId}/volume-change", call -> call.created(
        IndicationParams.onAssignment(call, ChangeVolumeRequest.class)
            .flatMap(command -> changeVolume.changeAssignmentVolume(call.actor(), command))
            .map(change -> AssignmentDto.from(change.issued())), a -> "/assignments/" + a.id()));
  }

  private static Either<DomainError, ListAssignmentsQuery> listQuery(ApiCall call) {
    FieldChecks check = new FieldChecks();
    IndicationParams.onlyKnownQueryParams(call, check, LIST_FILTERS);
    String rawIndication = Params.query(call, "indication");
    UUID indication = rawIndication == null ? null : check.valid(IndicationParams.uuid("indication", rawIndication));
    String rawProvider = Params.query(call, "provider");
    AgbCode provider = rawProvider == null ? null : check.valid(AgbCode.validate("provider", rawProvider));
    AssignmentStatus status = IndicationParams.enumValue(check, "status", Params.query(call, "status"), AssignmentStatus.class);
    return IndicationParams.page(call, check).map(page -> new ListAssignmentsQuery(
        Option.of(indication).map(IndicationId::new), Option.of(provider), Option.none(), Option.of(status), page));
  }

  private static Either<DomainError, ListAssignmentsQuery> searchQuery(ApiCall call) {
    FieldChecks check = new FieldChecks();
    IndicationParams.onlyKnownQueryParams(call, check, Set.of());
    Either<DomainError, PageRequest> page = IndicationParams.page(call, check);
    return InputResults.both(page, call.command(AssignmentSearchRequest.class), (p, query) -> query.apply(p));
  }
}
