package nl.wmokader.core.indication.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Traversable;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.port.in.RecordAccessUseCase;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.contracting.port.in.CategoryRightQuery;
import nl.wmokader.core.contracting.port.in.DeliveryRightQuery;
import nl.wmokader.core.contracting.port.in.FindCategoryRightUseCase;
import nl.wmokader.core.contracting.port.in.FindDeliveryRightUseCase;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentChange;
import nl.wmokader.core.indication.domain.AssignmentError;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.domain.AssignmentPolicy;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.Grant;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.ChangeAssignmentVolumeCommand;
import nl.wmokader.core.indication.port.in.ChangeAssignmentVolumeUseCase;
import nl.wmokader.core.indication.port.in.DeleteAssignmentCommand;
import nl.wmokader.core.indication.port.in.DeleteAssignmentUseCase;
import nl.wmokader.core.indication.port.in.ExtendAssignmentCommand;
import nl.wmokader.core.indication.port.in.ExtendAssignmentUseCase;
import nl.wmokader.core.indication.port.in.FindAssignmentsUseCase;
import nl.wmokader.core.indication.port.in.GetAssignmentUseCase;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.IssueAssignmentUseCase;
import nl.wmokader.core.indication.port.in.ListAssignmentsQuery;
import nl.wmokader.core.indication.port.in.ListAssignmentsUseCase;
import nl.wmokader.core.indication.port.out.ApprovedClaims;
import nl.wmokader.core.indication.port.out.AssignmentFilter;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.Commands;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The municipality's side of assignments: issue, extend, change the volume, delete, and read them.
 * The rules that span aggregates (stacking, personal budgets, the grant, the provider's contract)
 * are checked here, over what the repositories hold; two concurrent issues may still both pass
 * them, as the repositories do not lock across aggregates.
 */
public final class AssignmentServices implements IssueAssignmentUseCase, ExtendAssignmentUseCase,
    ChangeAssignmentVolumeUseCase, DeleteAssignmentUseCase, GetAssignmentUseCase, ListAssignmentsUseCase, FindAssignmentsUseCase {

  private static final Logger log = LoggerFactory.getLogger(AssignmentServices.class);

  private final AssignmentRepository assignments;
  private final IndicationRepository indications;
  private final FindDeliveryRightUseCase deliveryRights;
  private final FindCategoryRightUseCase categoryRights;
  private final ApprovedClaims approvedClaims;
  private final Clock clock;
  private final AccessPolicy access;
  private final RecordAccessUseCase records;
  private final IdGenerator ids;

  public AssignmentServices(AssignmentRepository assignments, IndicationRepository indications,
                            FindDeliveryRightUseCase deliveryRights, FindCategoryRightUseCase categoryRights,
                            ApprovedClaims approvedClaims, Clock clock, IdGenerator ids, AccessPolicy access,
                            RecordAccessUseCase records) {
    this.access = requireNonNull(access, "access");
    this.records = requireNonNull(records, "records");
    this.assignments = requireNonNull(assignments, "assignments");
    this.indications = requireNonNull(indications, "indications");
    this.deliveryRights = requireNonNull(deliveryRights, "deliveryRights");
    this.categoryRights = requireNonNull(categoryRights, "categoryRights");
    this.approvedClaims = requireNonNull(approvedClaims, "approvedClaims");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public Either<DomainError, Assignment> issueAssignment(Actor actor, IssueAssignmentCommand command) {
    return access.require(actor, "issue assignments", Actor.Role.REGION, Actor.Role.MUNICIPALITY)
        .flatMap(ok -> Commands.checked(command, c -> c.validated()))
        .flatMap(cmd -> indications.findById(cmd.indication())
            .filter(i -> access.seesCase(actor, i.client(), i.responsibleMunicipality(), i.attributedTo()))
            .<DomainError>toEither(() -> new CommonError.NotFound("Indication", cmd.indication().toString()))
            .flatMap(indication -> changeable(actor, indication.responsibleMunicipality(), indication.id().value(),
                CaseAudit.INDICATION, indication.client(), indication))
            .flatMap(indication -> Either.<DomainError, Grant>narrow(AssignmentPolicy.inKindGrant(indication))
                .flatMap(grant -> candidate(cmd, indication, grant)
                    .flatMap(candidate -> check(actor, candidate, grant, List.empty(), Option.some(candidate.validity().start())))
                    .flatMap(checked -> numbered(checked, cmd.number())))))
        .flatMap(a -> CaseAudit.stored(records, actor, AuditAction.CREATE, a, assignments::save))
        .peekLeft(e -> log.debug("issue assignment rejected: {}", e.code()));
  }

  @Override
  public Either<DomainError, Assignment> extendAssignment(Actor actor, ExtendAssignmentCommand command) {
    return access.require(actor, "extend assignments", Actor.Role.REGION, Actor.Role.MUNICIPALITY)
        .flatMap(ok -> Commands.checked(command, c -> c.validated()))
        .flatMap(cmd -> managed(actor, cmd.assignment())
            .flatMap(current -> {
              if (cmd.newEnd().isEmpty() && isWeekly(current.volume())) {
                return Either.left(InvalidInput.of("newEnd", "required", "a weekly volume needs an end date"));
              }
              return Either.<DomainError, Assignment>narrow(current.moveEnd(cmd.newEnd()));
            })
            .flatMap(moved -> grantOf(moved)
                .flatMap(grant -> check(actor, moved, grant, List.empty(), Option.none()))))
        .flatMap(a -> CaseAudit.stored(records, actor, AuditAction.CHANGE, a, assignments::save))
        .peekLeft(e -> log.debug("extend assignment rejected: {}", e.code()));
  }

  @Override
  public Either<DomainError, AssignmentChange> changeAssignmentVolume(Actor actor, ChangeAssignmentVolumeCommand command) {
    return access.require(actor, "change assignments", Actor.Role.REGION, Actor.Role.MUNICIPALITY)
        .flatMap(ok -> Commands.checked(command, c -> c.validated()))
        .flatMap(cmd -> managed(actor, cmd.assignment())
            .flatMap(current -> suitsNewVolume(current, cmd.newVolume()))
            .flatMap(current -> {
              StopReason reason = cmd.onProviderRequest() ? StopReason.CHANGE_REQUEST : StopReason.INITIATED_BY_MUNICIPALITY;
              return Either.<DomainError, Assignment>narrow(current.endBefore(cmd.changeDate(), reason))
                  .flatMap(ended -> current.volume().contains(cmd.newVolume())
                      ? Either.left(new AssignmentError.VolumeUnchanged(current.id()))
                      : grantOf(current).flatMap(grant -> {
                        Assignment fresh = current.replacement(new AssignmentId(ids.next()), Option.none(), cmd.newVolume(),
                            cmd.changeDate(), LocalDate.now(clock));
                        return check(actor, fresh, grant, List.of(ended), Option.some(cmd.changeDate()))
                            .flatMap(ok -> numbered(fresh, Option.none()))
                            .flatMap(numberedFresh -> records.changing(actor, List.of(
                                new RecordAccessUseCase.Change(AuditAction.CHANGE, CaseAudit.ASSIGNMENT,
                                    ended.id().value().toString(), ended.client()),
                                new RecordAccessUseCase.Change(AuditAction.CREATE, CaseAudit.ASSIGNMENT,
                                    fresh.id().value().toString(), fresh.client())),
                                () -> assignments.saveAll(List.of(ended, numberedFresh))))
                            .map(saved -> new AssignmentChange(saved.get(0), saved.get(1)));
                      }));
            }))
        .peekLeft(e -> log.debug("change assignment volume rejected: {}", e.code()));
  }

  @Override
  public Either<DomainError, Assignment> deleteAssignment(Actor actor, DeleteAssignmentCommand command) {
    return access.require(actor, "delete assignments", Actor.Role.REGION, Actor.Role.MUNICIPALITY)
        .flatMap(ok -> Commands.checked("assignment", command, c -> c.validated()))
        .flatMap(cmd -> managed(actor, cmd.assignment()))
        .flatMap(current -> Either.<DomainError, Assignment>narrow(current.delete())
            .flatMap(deleted -> approvedClaims.hasApprovedClaims(current.id())
                ? Either.left(new AssignmentError.HasApprovedClaims(current.id()))
                : Either.right(deleted)))
        .flatMap(a -> CaseAudit.stored(records, actor, AuditAction.DELETE, a, assignments::save))
        .peekLeft(e -> log.debug("delete assignment rejected: {}", e.code()));
  }

  @Override
  public Either<DomainError, Assignment> getAssignment(Actor actor, AssignmentId id) {
    return access.require(actor, "read assignments", Actor.Role.REGION, Actor.Role.MUNICIPALITY, Actor.Role.PROVIDER)
        .flatMap(ok -> id == null
            ? Either.left(InvalidInput.of("id", "required", "is required"))
            : visible(actor, id, AuditAction.READ))
        .peek(a -> CaseAudit.recorded(records, actor, AuditAction.READ, a))
        .peekLeft(e -> CaseAudit.refusal(records, actor, AuditAction.READ, CaseAudit.ASSIGNMENT, id == null ? null : id.value(), e));
  }

  @Override
  public Either<DomainError, Page<Assignment>> listAssignments(Actor actor, ListAssignmentsQuery query) {
    return access.require(actor, "list assignments", Actor.Role.REGION, Actor.Role.MUNICIPALITY, Actor.Role.PROVIDER)
        .flatMap(ok -> query == null
            ? Either.left(InvalidInput.of("query", "required", "is required"))
            : query.validated())
        .map(q -> {
          AssignmentFilter filter = new AssignmentFilter(Option.none(), q.provider(), q.indication(), q.client(), q.status());
          Option<AssignmentFilter> scoped = scope(actor, filter);
          return scoped.isEmpty()
              ? new Page<Assignment>(List.empty(), 0, q.page())
              : assignments.findPage(scoped.get(), q.page());
        })
        .peek(page -> CaseAudit.assignmentsRead(records, actor, page.items()))
        .peekLeft(e -> CaseAudit.refusal(records, actor, AuditAction.READ, CaseAudit.ASSIGNMENT, null, e));
  }

  /**
   * Narrows {@code filter} to what {@code actor} may see; none when the actor asked for another
   * provider's assignments, which it may not see any of.
   */
  static Option<AssignmentFilter> scope(Actor actor, AssignmentFilter filter) {
    switch (actor.role()) {
      case REGION:
        return Option.some(filter);
      case MUNICIPALITY:
        return Option.some(filter.withMunicipality(actor.municipality().get()));
      case PROVIDER:
        return filter.provider().exists(p -> !actor.provider().contains(p))
            ? Option.none()
            : Option.some(filter.withProvider(actor.provider().get()));
      case SUPERVISOR:
      default:
        return Option.none();
    }
  }

  /** The assignment, when the actor manages its case; else NotFound, as if absent (recorded as refused when it exists). */
  private Either<DomainError, Assignment> managed(Actor actor, AssignmentId id) {
    return AssignmentAccess.load(assignments, records, actor, id, AuditAction.CHANGE,
            a -> AssignmentAccess.manages(access, actor, a))
        .flatMap(a -> changeable(actor, a.responsibleMunicipality(), a.id().value(), CaseAudit.ASSIGNMENT, a.client(), a));
  }

  /**
   * {@code value} when {@code actor} may change what the case of {@code responsible} holds: the
   * region's staff and the responsible municipality's. The municipality of origin of a sheltered
   * housing or shelter case sees it but does not assign: the central municipality runs its message
   * traffic (DOMAIN §3, §5). Refused: Forbidden, recorded as a refused change on the client.
   */
  private <T> Either<DomainError, T> changeable(Actor actor, MunicipalityCode responsible, Object id,
                                                String resource, Bsn client, T value) {
    if (Cases.mayChange(actor, responsible)) {
      return Either.right(value);
    }
    CaseAudit.outOfSight(records, actor, AuditAction.CHANGE, resource, id, client);
    return Either.left(new CommonError.Forbidden("change assignments on a case the central municipality decides"));
  }

  /** The assignment, when the actor sees it; else NotFound, as if absent (recorded as refused when it exists). */
  private Either<DomainError, Assignment> visible(Actor actor, AssignmentId id, AuditAction action) {
    return AssignmentAccess.load(assignments, records, actor, id, action, a -> AssignmentAccess.sees(access, actor, a));
  }

  /** The in-kind grant the assignment executes, as it stands now. */
  private Either<DomainError, Grant> grantOf(Assignment a) {
    return indications.findById(a.indication())
        .<DomainError>toEither(() -> new AssignmentError.NotGranted(a.indication()))
        .flatMap(i -> Either.narrow(AssignmentPolicy.inKindGrant(i)));
  }

  private Either<DomainError, Assignment> candidate(IssueAssignmentCommand cmd, Indication indication, Grant grant) {
    Option<ProductCode> product = cmd.type() == AssignmentType.SPECIFIC ? cmd.product().orElse(grant.product()) : Option.none();
    if (cmd.type() == AssignmentType.SPECIFIC && product.isEmpty()) {
      return Either.left(InvalidInput.of("product", "required", "a specific assignment needs a product when the grant names none"));
    }
    return Either.right(Assignment.builder()
        .id(new AssignmentId(ids.next()))
        .indication(indication.id())
        .client(indication.client())
        .responsibleMunicipality(indication.responsibleMunicipality())
        .attributedTo(indication.attributedTo())
        .provider(cmd.provider())
        .type(cmd.type())
        .category(grant.category())
        .product(product)
        .volume(cmd.volume())
        .validity(DateRange.of(cmd.start(), cmd.end()))
        .assignedOn(LocalDate.now(clock))
        .build());
  }

  /**
   * The assignment with its iWmo number: {@code given} when no other assignment of its municipality
   * has it ({@code Duplicate} otherwise), else the municipality's next. Asked only after every rule
   * held, so that a refused assignment takes no number.
   */
  private Either<DomainError, Assignment> numbered(Assignment candidate, Option<AssignmentNumber> given) {
    if (given.isDefined()) {
      return assignments.findByNumbers(candidate.responsibleMunicipality(), given.toList()).isEmpty()
          ? Either.right(candidate.withNumber(given))
          : Either.left(new CommonError.Duplicate("AssignmentNumber", given.get().toString()));
    }
    return assignments.nextNumber(candidate.responsibleMunicipality())
        .<DomainError>toEither(() -> new AssignmentError.NumbersExhausted(candidate.responsibleMunicipality()))
        .map(number -> candidate.withNumber(Option.some(number)));
  }

  /**
   * The rules a new or moved assignment must meet, in order: inside the grant (OP033), no stacking
   * (OP259), no overlapping personal budget (OP380), and, when {@code rightOn} is given, the
   * provider's delivery right on that day. {@code pending} are changed copies, not yet stored, that
   * stand in for their stored versions.
   */
  private Either<DomainError, Assignment> check(Actor actor, Assignment candidate, Grant grant,
                                                Seq<Assignment> pending, Option<LocalDate> rightOn) {
    Option<AssignmentError> broken = AssignmentPolicy.withinGrant(candidate, grant)
        .orElse(() -> AssignmentPolicy.stacking(candidate, assignments.findByClient(candidate.client())
            .map(a -> pending.find(p -> p.id().equals(a.id())).getOrElse(a))))
        .orElse(() -> AssignmentPolicy.personalBudgetOverlap(candidate, indications.findByClient(candidate.client())));
    if (broken.isDefined()) {
      return Either.left(broken.get());
    }
    if (rightOn.isEmpty()) {
      return Either.right(candidate);
    }
    LocalDate day = rightOn.get();
    Option<ProductCode> product = candidate.product().orElse(grant.product());
    if (product.isEmpty()) {
      // an aspecific or generic assignment names a category only: a right for some product of it will do
      return categoryRights.holdsCategoryRight(actor, new CategoryRightQuery(candidate.provider(), candidate.category(), day))
          .flatMap(holds -> holds ? Either.right(candidate)
              : Either.left(new AssignmentError.ProviderNotContracted(candidate.provider(), Option.none(), day)));
    }
    return deliveryRights.findDeliveryRight(actor, new DeliveryRightQuery(candidate.provider(), product.get(), day))
        .flatMap(right -> right.isDefined()
            ? Either.right(candidate)
            : Either.left(new AssignmentError.ProviderNotContracted(candidate.provider(), product, day)));
  }

  /** Field errors of a new volume that does not suit the assignment: euros for a generic one, an end for a weekly one. */
  private static Either<DomainError, Assignment> suitsNewVolume(Assignment current, Volume newVolume) {
    return new FieldChecks()
        .check(current.type() != AssignmentType.GENERIC || newVolume.unit() == Unit.EUROS, "newVolume", "unit_euros",
            "a generic assignment's volume is in euros")
        .check(newVolume.frequency() != Frequency.PER_WEEK || !current.validity().isOpenEnded(), "newVolume",
            "weekly_needs_end", "a weekly volume needs an end date")
        .result(current);
  }

  private static boolean isWeekly(Option<Volume> volume) {
    return volume.exists(v -> v.frequency() == Frequency.PER_WEEK);
  }

  @Override
  public Either<DomainError, Seq<Assignment>> findAssignments(Actor actor, Traversable<AssignmentId> ids) {
    return access.require(actor, "read assignments in bulk", Actor.Role.REGION)
        .flatMap(ok -> ids == null ? Either.left(InvalidInput.of("ids", "required", "is required"))
            : Either.right(ids.isEmpty() ? io.vavr.collection.List.<Assignment>empty() : assignments.findByIds(ids)));
  }

  @Override
  public Either<DomainError, Seq<Assignment>> findAssignmentsByNumber(Actor actor, nl.wmokader.core.shared.MunicipalityCode municipality,
                                                                      Traversable<AssignmentNumber> numbers) {
    return access.require(actor, "read assignments in bulk", Actor.Role.REGION)
        .flatMap(ok -> municipality == null || numbers == null
            ? Either.left(InvalidInput.of(municipality == null ? "municipality" : "numbers", "required", "is required"))
            : Either.right(numbers.isEmpty() ? io.vavr.collection.List.<Assignment>empty()
                : assignments.findByNumbers(municipality, numbers)));
  }
}
