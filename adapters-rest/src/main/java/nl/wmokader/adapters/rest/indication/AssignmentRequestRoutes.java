package nl.wmokader.adapters.rest.indication;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Set;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.InputResults;
import nl.wmokader.adapters.rest.PageDto;
import nl.wmokader.adapters.rest.Params;
import nl.wmokader.core.indication.domain.AssignmentRequestId;
import nl.wmokader.core.indication.domain.AssignmentRequestStatus;
import nl.wmokader.core.indication.domain.ProviderReference;
import nl.wmokader.core.indication.port.in.GetAssignmentRequestUseCase;
import nl.wmokader.core.indication.port.in.GrantAssignmentRequestUseCase;
import nl.wmokader.core.indication.port.in.ListAssignmentRequestsQuery;
import nl.wmokader.core.indication.port.in.ListAssignmentRequestsUseCase;
import nl.wmokader.core.indication.port.in.RefuseAssignmentRequestUseCase;
import nl.wmokader.core.indication.port.in.SubmitAssignmentRequestUseCase;
import nl.wmokader.core.indication.port.in.SubmitChangeRequestUseCase;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.InvalidInput;

/**
 * Providers' requests (iWmo 315/317 in JSON): a provider submits one with {@code POST
 * /assignment-requests} (an assignment) or {@code POST /assignment-change-requests} (a change of
 * its own assignment); both are read at {@code /assignment-requests/{requestId}} and listed at
 * {@code GET /assignment-requests} (filters status, provider, reference). The municipality's staff
 * answer with the actions {@code grant} and {@code refuse}. Scope is the core's: a provider sees its
 * own, a municipality those sent to it; anything else answers 404 as if absent.
 */
public final class AssignmentRequestRoutes implements ApiRoutes {
  static final String REQUEST_ID = "requestId";
  private static final Set<String> LIST_FILTERS = Set.of("status", "provider", "reference");

  private final SubmitAssignmentRequestUseCase submit;
  private final SubmitChangeRequestUseCase submitChange;
  private final GrantAssignmentRequestUseCase grant;
  private final RefuseAssignmentRequestUseCase refuse;
  private final GetAssignmentRequestUseCase get;
  private final ListAssignmentRequestsUseCase list;

  public AssignmentRequestRoutes(SubmitAssignmentRequestUseCase submit, SubmitChangeRequestUseCase submitChange,
                                 GrantAssignmentRequestUseCase grant, RefuseAssignmentRequestUseCase refuse,
                                 GetAssignmentRequestUseCase get, ListAssignmentRequestsUseCase list) {
    this.submit = requireNonNull(submit, "submit");
    this.submitChange = requireNonNull(submitChange, "submitChange");
    this.grant = requireNonNull(grant, "grant");
    this.refuse = requireNonNull(refuse, "refuse");
    this.get = requireNonNull(get, "get");
    this.list = requireNonNull(list, "list");
  }

  @Override
  public void register(ApiRouter router) {
    router.post("/assignment-requests", call -> call.created(call.command(SubmitAssignmentRequestBody.class)
        .flatMap(command -> submit.submitAssignmentRequest(call.actor(), command))
        .map(AssignmentRequestDto::from), r -> "/assignment-requests/" + r.id()));

    router.post("/assignment-change-requests", call -> call.created(call.command(SubmitChangeRequestBody.class)
        .flatMap(command -> submitChange.submitChangeRequest(call.actor(), command))
        .map(AssignmentRequestDto::from), r -> "/assignment-requests/" + r.id()));

    router.get("/assignment-requests", call -> call.respond(listQuery(call)
        .flatMap(query -> list.listAssignmentRequests(call.actor(), query))
        .map(page -> PageDto.of(page, AssignmentRequestDto::from, call))));

    router.get("/assignment-requests/{requestId}", call -> call.respond(requestId(call)
        .flatMap(id -> get.getAssignmentRequest(call.actor(), id))
        .map(AssignmentRequestDto::from)));

    router.post("/assignment-requests/{requestId}/grant", call -> call.respond(onRequest(call, GrantRequestBody.class)
        .flatMap(command -> grant.grantAssignmentRequest(call.actor(), command))
        .map(AssignmentRequestDto::from)));

    router.post("/assignment-requests/{requestId}/refuse", call -> call.respond(onRequest(call, RefuseRequestBody.class)
        .flatMap(command -> refuse.refuseAssignmentRequest(call.actor(), command))
        .map(AssignmentRequestDto::from)));
  }

  /** The {@code {requestId}} of the path. */
  static Either<DomainError, AssignmentRequestId> requestId(ApiCall call) {
    String raw = call.pathParam(REQUEST_ID);
    // a path segment is never missing, only malformed (e.g. %20, which decodes to blank)
    return IndicationParams.uuid(REQUEST_ID, raw == null || raw.isBlank() ? "-" : raw).map(AssignmentRequestId::new)
        .<DomainError>mapError(e -> new InvalidInput(List.of(e))).toEither();
  }

  /** The command on the path's request from the body: a malformed id and every invalid field of the body together. */
  private static <C, R extends ApiRequest<Function<AssignmentRequestId, C>>> Either<DomainError, C> onRequest(
      ApiCall call, Class<R> requestType) {
    return InputResults.both(requestId(call), call.command(requestType), (id, f) -> f.apply(id));
  }

  private static Either<DomainError, ListAssignmentRequestsQuery> listQuery(ApiCall call) {
    FieldChecks check = new FieldChecks();
    IndicationParams.onlyKnownQueryParams(call, check, LIST_FILTERS);
    AssignmentRequestStatus status = IndicationParams.enumValue(check, "status", Params.query(call, "status"),
        AssignmentRequestStatus.class);
    String rawProvider = Params.query(call, "provider");
    AgbCode provider = rawProvider == null ? null : check.valid(AgbCode.validate("provider", rawProvider));
    String rawReference = Params.query(call, "reference");
    ProviderReference reference = rawReference == null ? null
        : check.valid(ProviderReference.validate("reference", rawReference));
    return IndicationParams.page(call, check).map(page -> new ListAssignmentRequestsQuery(Option.of(status),
        Option.of(provider), Option.of(reference), page));
  }
}
