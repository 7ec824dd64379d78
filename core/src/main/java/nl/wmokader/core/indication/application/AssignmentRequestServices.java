package nl.wmokader.core.indication.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.port.in.RecordAccessUseCase;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.contracting.port.in.CategoryRightQuery;
import nl.wmokader.core.contracting.port.in.DeliveryRightQuery;
import nl.wmokader.core.contracting.port.in.FindCategoryRightUseCase;
import nl.wmokader.core.contracting.port.in.FindDeliveryRightUseCase;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentError;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentPolicy;
import nl.wmokader.core.indication.domain.AssignmentRequest;
import nl.wmokader.core.indication.domain.AssignmentRequestError;
import nl.wmokader.core.indication.domain.AssignmentRequestId;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.Grant;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.ProviderReference;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.RequestKind;
import nl.wmokader.core.indication.domain.RequestRefusalReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.ChangeAssignmentVolumeCommand;
import nl.wmokader.core.indication.port.in.ChangeAssignmentVolumeUseCase;
import nl.wmokader.core.indication.port.in.ExtendAssignmentCommand;
import nl.wmokader.core.indication.port.in.ExtendAssignmentUseCase;
import nl.wmokader.core.indication.port.in.GetAssignmentRequestUseCase;
import nl.wmokader.core.indication.port.in.GrantAssignmentRequestCommand;
import nl.wmokader.core.indication.port.in.GrantAssignmentRequestUseCase;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.IssueAssignmentUseCase;
import nl.wmokader.core.indication.port.in.ListAssignmentRequestsQuery;
import nl.wmokader.core.indication.port.in.ListAssignmentRequestsUseCase;
import nl.wmokader.core.indication.port.in.RefuseAssignmentRequestCommand;
import nl.wmokader.core.indication.port.in.RefuseAssignmentRequestUseCase;
import nl.wmokader.core.indication.port.in.SubmitAssignmentRequestCommand;
import nl.wmokader.core.indication.port.in.SubmitAssignmentRequestUseCase;
import nl.wmokader.core.indication.port.in.SubmitChangeRequestCommand;
import nl.wmokader.core.indication.port.in.SubmitChangeRequestUseCase;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.indication.port.out.AssignmentRequestFilter;
import nl.wmokader.core.indication.port.out.AssignmentRequestRepository;
import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.region.port.in.CheckMembershipUseCase;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.Commands;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provider-initiated requests (iWmo 315/317) and the municipality's answer. A provider submits for
 * itself only, to a member; a request for what it may not deliver is refused at once (no contract); the staff who may change the municipality's
 * cases grant or refuse, once. Granting goes through the assignment use cases, so that every
 * assignment rule (the grant, stacking, personal budgets, the provider's contract) holds as when the
 * municipality assigns on its own; their refusal leaves the request open. The assignment and the
 * request are two aggregates, stored one after the other: a request that cannot be stored after its
 * assignment was (a concurrent answer) leaves the assignment standing, and the second answer is
 * refused as already given.
 */
public final class AssignmentRequestServices implements SubmitAssignmentRequestUseCase, SubmitChangeRequestUseCase,
    GrantAssignmentRequestUseCase, RefuseAssignmentRequestUseCase, GetAssignmentRequestUseCase,
    ListAssignmentRequestsUseCase {

  static final String REQUEST = "assignment-request";
  private static final Logger log = LoggerFactory.getLogger(AssignmentRequestServices.class);

  /** The assignment use cases a grant goes through. */
  public record AssignmentDoors(IssueAssignmentUseCase issue, ExtendAssignmentUseCase extend,
                                ChangeAssignmentVolumeUseCase changeVolume) {
    public AssignmentDoors {
      requireNonNull(issue, "issue");
      requireNonNull(extend, "extend");
      requireNonNull(changeVolume, "changeVolume");
    }
  }

  private final AssignmentRequestRepository requests;
  private final AssignmentRepository assignments;
  private final IndicationRepository indications;
  private final AssignmentDoors doors;
  private final FindDeliveryRightUseCase deliveryRights;
  private final FindCategoryRightUseCase categoryRights;
  private final CheckMembershipUseCase members;
  private final Clock clock;
  private final IdGenerator ids;
  private final AccessPolicy access;
  private final RecordAccessUseCase records;

  public AssignmentRequestServices(AssignmentRequestRepository requests, AssignmentRepository assignments,
                                   IndicationRepository indications, AssignmentDoors doors,
                                   FindDeliveryRightUseCase deliveryRights, FindCategoryRightUseCase categoryRights,
                                   CheckMembershipUseCase members, Clock clock, IdGenerator ids, AccessPolicy access,
                                   RecordAccessUseCase records) {
    this.requests = requireNonNull(requests, "requests");
    this.assignments = requireNonNull(assignments, "assignments");
    this.indications = requireNonNull(indications, "indications");
    this.doors = requireNonNull(doors, "doors");
    this.deliveryRights = requireNonNull(deliveryRights, "deliveryRights");
    this.categoryRights = requireNonNull(categoryRights, "categoryRights");
    this.members = requireNonNull(members, "members");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
    this.access = requireNonNull(access, "access");
    this.records = requireNonNull(records, "records");
  }

  @Override
  public Either<DomainError, AssignmentRequest> submitAssignmentRequest(Actor actor, SubmitAssignmentRequestCommand command) {
    return access.require(actor, "submit assignment requests", Actor.Role.PROVIDER)
        .flatMap(ok -> Commands.checked(command, SubmitAssignmentRequestCommand::validated))
        .flatMap(cmd -> asker(actor, cmd.provider(), cmd.municipality()).map(ok -> cmd))
        .flatMap(cmd -> contracted(actor, cmd).map(holds -> {
          AssignmentRequest received = received(RequestKind.ASSIGNMENT, cmd.provider(), cmd.municipality(),
                  cmd.client(), cmd.reference())
              .category(Option.some(cmd.category()))
              .product(cmd.product())
              .volume(cmd.volume())
              .start(cmd.start())
              .end(cmd.end())
              .build();
          // the standard's answer to a request from a provider without the contract: a 319 refusing
          // it with "geen contract" (RedenAfwijzingVerzoek 3), which no one need decide
          return holds ? received : received.refuse(RequestRefusalReason.NO_CONTRACT, received.receivedOn()).get();
        }))
        .flatMap(r -> stored(actor, AuditAction.CREATE, r))
        .peekLeft(e -> log.debug("assignment request refused: {}", e.code()));
  }

  @Override
  public Either<DomainError, AssignmentRequest> submitChangeRequest(Actor actor, SubmitChangeRequestCommand command) {
    return access.require(actor, "submit change requests", Actor.Role.PROVIDER)
        .flatMap(ok -> Commands.checked(command, SubmitChangeRequestCommand::validated))
        .flatMap(cmd -> asker(actor, cmd.provider(), cmd.municipality()).map(ok -> cmd))
        .flatMap(cmd -> ownAssignment(actor, cmd)
            .flatMap(current -> current.status().isActive() ? Either.right(current)
                : Either.left(new AssignmentError.NotActive(current.id(), current.status())))
            .flatMap(current -> change(cmd, current))
            .map(change -> received(RequestKind.CHANGE, cmd.provider(), cmd.municipality(), cmd.client(),
                    cmd.reference())
                .assignment(Option.some(cmd.assignment()))
                .start(cmd.changeDate())
                .volume(change.volume())
                .end(change.end())
                .build()))
        .flatMap(r -> stored(actor, AuditAction.CREATE, r))
        .peekLeft(e -> log.debug("change request refused: {}", e.code()));
  }

  @Override
  public Either<DomainError, AssignmentRequest> grantAssignmentRequest(Actor actor, GrantAssignmentRequestCommand command) {
    return Cases.requireStaff(access, actor, "grant assignment requests")
        .flatMap(ok -> Commands.checked(command, GrantAssignmentRequestCommand::validated))
        .flatMap(cmd -> answerable(actor, cmd.request())
            // answered already, or dated before it arrived: said before any assignment is touched
            .flatMap(request -> Either.<DomainError, Object>narrow(request.answerable(LocalDate.now(clock)))
                .map(ok -> request))
            .flatMap(request -> (request.kind() == RequestKind.ASSIGNMENT
                ? issue(actor, request, cmd.indication()) : applyChange(actor, request))
                .flatMap(outcome -> Either.<DomainError, AssignmentRequest>narrow(
                    request.grant(outcome, LocalDate.now(clock))))))
        .flatMap(r -> stored(actor, AuditAction.CHANGE, r))
        .peekLeft(e -> log.debug("grant of a request refused: {}", e.code()));
  }

  @Override
  public Either<DomainError, AssignmentRequest> refuseAssignmentRequest(Actor actor, RefuseAssignmentRequestCommand command) {
    return Cases.requireStaff(access, actor, "refuse assignment requests")
        .flatMap(ok -> Commands.checked(command, RefuseAssignmentRequestCommand::validated))
        .flatMap(cmd -> answerable(actor, cmd.request())
            .flatMap(request -> Either.<DomainError, AssignmentRequest>narrow(
                request.refuse(cmd.reason(), LocalDate.now(clock)))))
        .flatMap(r -> stored(actor, AuditAction.CHANGE, r))
        .peekLeft(e -> log.debug("refusal of a request refused: {}", e.code()));
  }

  @Override
  public Either<DomainError, AssignmentRequest> getAssignmentRequest(Actor actor, AssignmentRequestId id) {
    return access.require(actor, "read assignment requests", Actor.Role.REGION, Actor.Role.MUNICIPALITY, Actor.Role.PROVIDER)
        .flatMap(ok -> id == null ? Either.left(InvalidInput.of("id", "required", "is required"))
            : load(actor, id, AuditAction.READ, r -> sees(actor, r)))
        .peek(r -> records.allowed(actor, AuditAction.READ, REQUEST, r.id().toString(), r.client()))
        .peekLeft(e -> CaseAudit.refusal(records, actor, AuditAction.READ, REQUEST, id == null ? null : id.value(), e));
  }

  @Override
  public Either<DomainError, Page<AssignmentRequest>> listAssignmentRequests(Actor actor, ListAssignmentRequestsQuery query) {
    return access.require(actor, "list assignment requests", Actor.Role.REGION, Actor.Role.MUNICIPALITY, Actor.Role.PROVIDER)
        .flatMap(ok -> Commands.checked("query", query, ListAssignmentRequestsQuery::validated))
        .map(q -> {
          AssignmentRequestFilter filter = new AssignmentRequestFilter(Option.none(), q.provider(), q.status(), q.reference());
          Option<AssignmentRequestFilter> scoped = scope(actor, filter);
          return scoped.isEmpty() ? new Page<AssignmentRequest>(List.empty(), 0, q.page())
              : requests.findPage(scoped.get(), q.page());
        })
        .peek(page -> records.allowed(actor, AuditAction.READ, REQUEST,
            page.items().map(r -> new RecordAccessUseCase.Accessed(r.id().toString(), r.client()))))
        .peekLeft(e -> CaseAudit.refusal(records, actor, AuditAction.READ, REQUEST, null, e));
  }

  /** Narrows {@code filter} to what {@code actor} sees; none when a provider asks for another's. */
  static Option<AssignmentRequestFilter> scope(Actor actor, AssignmentRequestFilter filter) {
    switch (actor.role()) {
      case REGION:
        return Option.some(filter);
      case MUNICIPALITY:
        return Option.some(filter.withMunicipality(actor.municipality().get()));
      case PROVIDER:
        return filter.provider().exists(p -> !actor.provider().contains(p)) ? Option.none()
            : Option.some(filter.withProvider(actor.provider().get()));
      default:
        return Option.none();
    }
  }

  /** The staff who see the municipality's cases, and the provider that asked. */
  private boolean sees(Actor actor, AssignmentRequest r) {
    return manages(actor, r) || access.actsFor(actor, r.provider());
  }

  private boolean manages(Actor actor, AssignmentRequest r) {
    return actor.role() != Actor.Role.PROVIDER && access.seesCase(actor, r.client(), r.municipality(), Option.none());
  }

  /** The request when {@code allowed} holds for it; else NotFound, as if absent, recorded as refused when it exists. */
  private Either<DomainError, AssignmentRequest> load(Actor actor, AssignmentRequestId id, AuditAction action,
                                                      java.util.function.Predicate<AssignmentRequest> allowed) {
    Option<AssignmentRequest> found = requests.findById(id);
    if (found.isDefined() && !allowed.test(found.get())) {
      CaseAudit.outOfSight(records, actor, action, REQUEST, id.value(), found.get().client());
      return Either.left(notFound(id));
    }
    return found.toEither(() -> notFound(id));
  }

  /** The request, when the actor may answer it: seen, and the region's or the municipality's own staff. */
  private Either<DomainError, AssignmentRequest> answerable(Actor actor, AssignmentRequestId id) {
    return load(actor, id, AuditAction.CHANGE, r -> manages(actor, r))
        .flatMap(r -> {
          if (Cases.mayChange(actor, r.municipality())) {
            return Either.right(r);
          }
          CaseAudit.outOfSight(records, actor, AuditAction.CHANGE, REQUEST, id.value(), r.client());
          return Either.left(new CommonError.Forbidden("answer a request sent to another municipality"));
        });
  }

  private static DomainError notFound(AssignmentRequestId id) {
    return new CommonError.NotFound("AssignmentRequest", id.toString());
  }

  private Either<DomainError, AssignmentRequest> stored(Actor actor, AuditAction action, AssignmentRequest r) {
    return records.changing(actor, action, REQUEST, r.id().toString(), r.client(), () -> requests.save(r));
  }

  /** A new request's builder with what both kinds open with, received today under a new id. */
  private AssignmentRequest.Builder received(RequestKind kind, AgbCode provider, MunicipalityCode municipality,
                                             Bsn client, ProviderReference reference) {
    return AssignmentRequest.builder()
        .id(new AssignmentRequestId(ids.next()))
        .kind(kind)
        .provider(provider)
        .municipality(municipality)
        .client(client)
        .reference(reference)
        .receivedOn(LocalDate.now(clock));
  }

  /** A provider asks for itself only, and of a member of the region. */
  private Either<DomainError, Actor> asker(Actor actor, AgbCode provider, MunicipalityCode municipality) {
    if (!access.actsFor(actor, provider)) {
      return Either.left(new CommonError.Forbidden("submit a request for another provider"));
    }
    return members.isMember(municipality) ? Either.right(actor)
        : Either.left(InvalidInput.of("municipality", "not_a_member", "is not a member of the region"));
  }

  /** Whether the provider may deliver the product (or some product of the category) on the first day asked. */
  private Either<DomainError, Boolean> contracted(Actor actor, SubmitAssignmentRequestCommand cmd) {
    Either<DomainError, Boolean> holds = cmd.product().isDefined()
        ? deliveryRights.findDeliveryRight(actor, new DeliveryRightQuery(cmd.provider(), cmd.product().get(), cmd.start()))
            .map(Option::isDefined)
        : categoryRights.holdsCategoryRight(actor, new CategoryRightQuery(cmd.provider(), cmd.category(), cmd.start()));
    return holds;
  }

  /**
   * The assignment a change request names: the municipality's, this provider's, this client's; any
   * other answers NotFound as if absent, so that no provider learns of another's assignments.
   */
  private Either<DomainError, Assignment> ownAssignment(Actor actor, SubmitChangeRequestCommand cmd) {
    Option<Assignment> found = assignments.findByNumbers(cmd.municipality(), List.of(cmd.assignment())).headOption();
    if (found.exists(a -> !a.provider().equals(cmd.provider()) || !a.client().equals(cmd.client()))) {
      // another's assignment exists: refused as if absent, and recorded as refused on its client
      CaseAudit.outOfSight(records, actor, AuditAction.READ, CaseAudit.ASSIGNMENT, found.get().id().value(),
          found.get().client());
      found = Option.none();
    }
    return found.toEither(() -> new CommonError.NotFound("Assignment", cmd.assignment().toString()));
  }

  /** What a change request changes: the volume, or else the end, whichever differs from the assignment. */
  private record Change(Option<Volume> volume, Option<LocalDate> end) {}

  private static Either<DomainError, Change> change(SubmitChangeRequestCommand cmd, Assignment current) {
    boolean volumeDiffers = cmd.newVolume().isDefined() && !current.volume().equals(cmd.newVolume());
    boolean endDiffers = cmd.newEnd().isDefined() && !current.validity().end().equals(cmd.newEnd());
    if (volumeDiffers && endDiffers) {
      return Either.left(InvalidInput.of("newEnd", "change_one",
          "change the volume or the end date in one request, not both"));
    }
    if (volumeDiffers) {
      return Either.right(new Change(cmd.newVolume(), Option.none()));
    }
    if (endDiffers) {
      return Either.right(new Change(Option.none(), cmd.newEnd()));
    }
    return Either.left(InvalidInput.of("newVolume", "unchanged", "the request changes nothing of the assignment"));
  }

  /** Issues the assignment a request for one asks for, under its indication. */
  private Either<DomainError, AssignmentId> issue(Actor actor, AssignmentRequest request, Option<IndicationId> named) {
    return indication(request, named).flatMap(indication -> {
      AssignmentType type = request.product().isDefined() ? AssignmentType.SPECIFIC
          : request.volume().exists(v -> v.unit() == Unit.EUROS) ? AssignmentType.GENERIC : AssignmentType.ASPECIFIC;
      return doors.issue().issueAssignment(actor, new IssueAssignmentCommand(indication, request.provider(), type,
          request.product(), request.volume(), request.start(), request.end()));
    }).map(Assignment::id);
  }

  /**
   * The indication a request for an assignment is granted under: the one the staff name, when it is
   * the client's and the municipality's; else the one granted in-kind indication of the client, of
   * that municipality, whose grant covers the category (and product) and the period asked for.
   */
  private Either<DomainError, IndicationId> indication(AssignmentRequest request, Option<IndicationId> named) {
    if (named.isDefined()) {
      return indications.findById(named.get())
          .filter(i -> i.client().equals(request.client()) && i.responsibleMunicipality().equals(request.municipality()))
          .<DomainError>toEither(() -> new CommonError.NotFound("Indication", named.get().toString()))
          .map(Indication::id);
    }
    Seq<Indication> covering = indications.findByClient(request.client())
        .filter(i -> i.responsibleMunicipality().equals(request.municipality()))
        .filter(i -> AssignmentPolicy.inKindGrant(i).exists(g -> covers(g, request)));
    if (covering.isEmpty()) {
      return Either.left(new AssignmentRequestError.NoIndication(request.id()));
    }
    return covering.size() == 1 ? Either.right(covering.head().id())
        : Either.left(new AssignmentRequestError.IndicationAmbiguous(request.id()));
  }

  static boolean covers(Grant grant, AssignmentRequest request) {
    return request.category().contains(grant.category())
        && (grant.product().isEmpty() || request.product().isEmpty() || grant.product().equals(request.product()))
        && grant.validity().contains(request.period());
  }

  /** Makes the change a change request asks for; the assignment in force afterwards. */
  private Either<DomainError, AssignmentId> applyChange(Actor actor, AssignmentRequest request) {
    return assignments.findByNumbers(request.municipality(), request.assignment().toList()).headOption()
        .filter(a -> a.provider().equals(request.provider()))
        .<DomainError>toEither(() -> new CommonError.NotFound("Assignment", request.assignment().get().toString()))
        .flatMap(current -> request.volume().isDefined()
            ? doors.changeVolume().changeAssignmentVolume(actor,
                new ChangeAssignmentVolumeCommand(current.id(), request.start(), request.volume().get(), true))
                .map(change -> change.issued().id())
            : doors.extend().extendAssignment(actor, new ExtendAssignmentCommand(current.id(), request.end()))
                .map(Assignment::id));
  }
}
