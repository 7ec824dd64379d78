package nl.wmokader.core.supervision.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.port.in.GetProviderUseCase;
import nl.wmokader.core.contracting.port.in.ImposeClientStopUseCase;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
import nl.wmokader.core.contracting.port.in.SuspendContractUseCase;
import nl.wmokader.core.contracting.port.in.TerminateContractUseCase;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.port.in.ListAssignmentsQuery;
import nl.wmokader.core.indication.port.in.ListAssignmentsUseCase;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryUseCase;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Commands;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.supervision.domain.Finding;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.InvestigationTrigger;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.port.in.AddOutcomeCommand;
import nl.wmokader.core.supervision.port.in.AddOutcomeUseCase;
import nl.wmokader.core.supervision.port.in.AdvanceInvestigationCommand;
import nl.wmokader.core.supervision.port.in.AdvanceInvestigationUseCase;
import nl.wmokader.core.supervision.port.in.FollowUpImprovementPointCommand;
import nl.wmokader.core.supervision.port.in.FollowUpImprovementPointUseCase;
import nl.wmokader.core.supervision.port.in.GetInvestigationUseCase;
import nl.wmokader.core.supervision.port.in.InformMembersCommand;
import nl.wmokader.core.supervision.port.in.InformMembersUseCase;
import nl.wmokader.core.supervision.port.in.ListInvestigationsQuery;
import nl.wmokader.core.supervision.port.in.ListInvestigationsUseCase;
import nl.wmokader.core.supervision.port.in.ListOverdueImprovementPointsUseCase;
import nl.wmokader.core.supervision.port.in.OpenInvestigationCommand;
import nl.wmokader.core.supervision.port.in.OpenInvestigationUseCase;
import nl.wmokader.core.supervision.port.in.OverdueImprovementPoint;
import nl.wmokader.core.supervision.port.in.RecordFindingCommand;
import nl.wmokader.core.supervision.port.in.RecordFindingUseCase;
import nl.wmokader.core.supervision.port.in.ReportMeasureCommand;
import nl.wmokader.core.supervision.port.in.ReportMeasureUseCase;
import nl.wmokader.core.supervision.port.out.InvestigationRepository;
import nl.wmokader.core.supervision.port.out.SignalRepository;

/**
 * Investigations from opening to closing, with their findings, outcomes and the members informed.
 * Formal measures act on contracting and settlement through those subdomains' use cases, as the
 * region (the measures are the region's to impose; the actor was checked here), after the
 * investigation is stored: see {@link AddOutcomeUseCase}.
 */
public final class InvestigationServices implements OpenInvestigationUseCase, AdvanceInvestigationUseCase,
    RecordFindingUseCase, AddOutcomeUseCase, FollowUpImprovementPointUseCase, InformMembersUseCase,
    GetInvestigationUseCase, ListInvestigationsUseCase, ListOverdueImprovementPointsUseCase, ReportMeasureUseCase {

  private final InvestigationRepository investigations;
  private final SignalRepository signals;
  private final GetProviderUseCase providers;
  private final GetRegionUseCase region;
  private final ListContractsUseCase contracts;
  private final ListAssignmentsUseCase assignments;
  private final MeasureEffects measures;
  private final Clock clock;
  private final AccessPolicy access;
  private final IdGenerator ids;

  public InvestigationServices(InvestigationRepository investigations, SignalRepository signals,
                               GetProviderUseCase providers, GetRegionUseCase region, ListContractsUseCase contracts,
                               ImposeClientStopUseCase clientStops, SuspendContractUseCase suspensions,
                               TerminateContractUseCase terminations, RegisterRecoveryUseCase recoveries,
                               ListAssignmentsUseCase assignments, Clock clock, IdGenerator ids, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.investigations = requireNonNull(investigations, "investigations");
    this.signals = requireNonNull(signals, "signals");
    this.providers = requireNonNull(providers, "providers");
    this.region = requireNonNull(region, "region");
    this.contracts = requireNonNull(contracts, "contracts");
    this.measures = new MeasureEffects(contracts, clientStops, suspensions, terminations, recoveries, signals);
    this.assignments = requireNonNull(assignments, "assignments");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
  }

  // opening

  @Override
  public Either<DomainError, Investigation> openInvestigation(Actor actor, OpenInvestigationCommand command) {
    return staff(actor, "open investigations")
        .flatMap(a -> command == null ? Either.left(InvalidInput.of("investigation", "required", "is required")) : Either.right(command))
        .flatMap(c -> {
          LocalDate today = LocalDate.now(clock);
          FieldChecks fields = new FieldChecks();
          fields.required("scope", c.scope());
          Option<Provider> provider = Option.none();
          if (fields.required("provider", c.provider())) {
            Either<DomainError, Provider> found = providers.getProvider(Actor.region(), c.provider());
            fields.check(found.isRight() || found.getLeft().kind() != ErrorKind.NOT_FOUND, "provider", "unknown",
                "is not a registered provider");
            provider = found.toOption();
          }
          if (fields.required("deliveryForm", c.deliveryForm()) && provider.isDefined()) {
            fields.check(provider.get().delivers(c.deliveryForm()), "deliveryForm", "not_offered",
                "must be a delivery form the provider offers");
          }
          Seq<SignalId> named = c.signals() == null ? List.empty() : List.ofAll(c.signals()).distinct();
          fields.check(!named.contains(null), "signals", "required", "must not contain an empty identifier");
          Seq<Signal> found = named.filter(s -> s != null).flatMap(signals::findById);
          fields.check(found.size() == named.count(s -> s != null), "signals", "unknown", "must all be recorded signals");
          fields.check(c.provider() == null || found.forAll(s -> s.provider().equals(c.provider())), "signals",
              "other_provider", "must all be about the provider");
          if (!fields.isEmpty()) {
            return fields.result(null);
          }
          InvestigationId id = new InvestigationId(ids.next());
          InvestigationTrigger trigger = named.isEmpty()
              ? new InvestigationTrigger.Proactive() : new InvestigationTrigger.SignalDriven(named);
          Investigation opened = Investigation.opened(id, c.provider(), trigger, c.scope(), c.deliveryForm(), today);
          // Every link is checked before anything is stored, so a decided signal stores nothing.
          Either<DomainError, Seq<Signal>> linked = sequence(found.map(s -> s.linkTo(id, today).mapLeft(e -> (DomainError) e)));
          return linked.flatMap(links -> investigations.save(opened)
              .flatMap(saved -> sequence(links.map(signals::save)).map(ok -> saved)));
        });
  }

  // the lifecycle

  @Override
  public Either<DomainError, Investigation> advanceInvestigation(Actor actor, AdvanceInvestigationCommand command) {
    return staff(actor, "advance investigations")
        .flatMap(a -> Commands.checked("step", command, c -> c.validated()))
        .flatMap(c -> change(c.investigation(), i -> advance(i, c, LocalDate.now(clock))));
  }

  private static Either<DomainError, Investigation> advance(Investigation i, AdvanceInvestigationCommand c, LocalDate today) {
    switch (c.to()) {
      case INVESTIGATING:
        return i.startInvestigating(today).mapLeft(e -> e);
      case DRAFT_REPORT:
        return i.draftReport(today).mapLeft(e -> e);
      case PROVIDER_RESPONSE:
        return i.requestProviderResponse(today, c.responseDue()).mapLeft(e -> e);
      case FINAL_REPORT:
        return i.finalReport(today).mapLeft(e -> e);
      case FOLLOW_UP:
        return i.startFollowUp(today).mapLeft(e -> e);
      case CLOSED:
        return i.close(today).mapLeft(e -> e);
      case OPENED:
      default:
        return Either.left(InvalidInput.of("to", "not_a_step", "an investigation is opened only once"));
    }
  }

  @Override
  public Either<DomainError, Investigation> recordFinding(Actor actor, RecordFindingCommand command) {
    return staff(actor, "record findings")
        .flatMap(a -> command == null
            ? Either.<DomainError, Finding>left(InvalidInput.of("finding", "required", "is required"))
            : command.finding())
        .flatMap(finding -> change(command.investigation(), i -> i.recordFinding(finding).mapLeft(e -> e)));
  }

  // outcomes and their effects

  @Override
  public Either<DomainError, Investigation> addOutcome(Actor actor, AddOutcomeCommand command) {
    return staff(actor, "decide outcomes")
        .flatMap(a -> Commands.checked("outcome", command, c -> c.validated()))
        .flatMap(c -> find(c.investigation()).flatMap(current -> {
          LocalDate today = LocalDate.now(clock);
          int earlier = current.outcomes().indexOf(c.outcome());
          if (c.outcome().isMeasure() && earlier >= 0) {
            // A retry after a failed effect: the measure is decided once, its effect applied again, idempotently.
            return measures.retry(current, earlier, today);
          }
          return current.addOutcome(c.outcome(), today).<DomainError>mapLeft(e -> e)
              // What the measure acts on is checked before storing: a measure that cannot act stores nothing.
              .flatMap(next -> measures.actedOn(current, next, today)
                  .flatMap(contract -> investigations.save(next)
                      .flatMap(saved -> measures.apply(saved, saved.outcomes().size() - 1, contract, today))));
        }));
  }

  /** The settlement reference of part {@code part} of the recovery at {@code outcome}: the same on every retry. */
  public static String recoveryReference(InvestigationId investigation, int outcome, int part) {
    return "SUP-" + investigation + "-" + outcome + "-" + part;
  }

  @Override
  public Either<DomainError, Investigation> followUpImprovementPoint(Actor actor, FollowUpImprovementPointCommand command) {
    return staff(actor, "follow up improvement points")
        .flatMap(a -> Commands.checked("followUp", command, c -> c.validated()))
        .flatMap(c -> change(c.investigation(), i -> i.followUp(c.index(), LocalDate.now(clock)).mapLeft(e -> e)));
  }

  @Override
  public Either<DomainError, Investigation> reportMeasure(Actor actor, ReportMeasureCommand command) {
    return access.require(actor, "report measures", Actor.Role.REGION, Actor.Role.SUPERVISOR, Actor.Role.PROVIDER)
        .flatMap(a -> command == null ? Either.left(InvalidInput.of("report", "required", "is required")) : Either.right(command))
        .flatMap(c -> {
          LocalDate today = LocalDate.now(clock);
          // The provider reports now; the region records a report made earlier and must say when.
          LocalDate reportedOn = c.reportedOn() == null && actor.role() == Actor.Role.PROVIDER ? today : c.reportedOn();
          FieldChecks fields = new FieldChecks();
          fields.required("investigation", c.investigation());
          fields.required("index", c.index());
          if (fields.required("reportedOn", reportedOn)) {
            fields.check(!reportedOn.isAfter(today), "reportedOn", "in_future", "must not lie in the future");
          }
          return fields.resultFrom(() -> reportedOn)
              .flatMap(on -> change(c.investigation(), i -> actor.role() == Actor.Role.PROVIDER
                  && !access.actsFor(actor, i.provider())
                  ? Either.left(new CommonError.NotFound("investigation", i.id().toString()))
                  : i.measureReported(c.index(), on).mapLeft(e -> e)));
        });
  }

  @Override
  public Either<DomainError, Investigation> informMembers(Actor actor, InformMembersCommand command) {
    return staff(actor, "inform members")
        .flatMap(a -> command == null ? Either.left(InvalidInput.of("inform", "required", "is required")) : Either.right(command))
        .flatMap(c -> {
          FieldChecks fields = new FieldChecks();
          fields.required("investigation", c.investigation());
          Seq<MunicipalityCode> given = c.members() == null ? List.empty() : List.ofAll(c.members());
          if (!given.isEmpty()) {
            var known = region.getRegion(Actor.region());
            for (int i = 0; i < given.size(); i++) {
              MunicipalityCode member = given.get(i);
              String field = "members[" + i + "]";
              if (fields.required(field, member)) {
                known.forEach(r -> fields.check(r.isMember(member), field, "not_a_member", "must be a member of the region"));
              }
            }
          }
          return fields.result(given);
        })
        .flatMap(given -> find(command.investigation()).flatMap(i -> (given.isEmpty() ? servedMembers(i) : Either.<DomainError, Seq<MunicipalityCode>>right(given))
            .flatMap(members -> i.inform(members, LocalDate.now(clock)).<DomainError>mapLeft(e -> e))
            .flatMap(investigations::save)));
  }

  /** The members responsible for the provider's clients: whose residents it serves. */
  private Either<DomainError, Seq<MunicipalityCode>> servedMembers(Investigation investigation) {
    return Page.all(page -> assignments.listAssignments(Actor.region(), new ListAssignmentsQuery(Option.none(),
            Option.some(investigation.provider()), Option.none(), Option.none(), page)))
        .map(all -> all.filter(a -> a.status() != AssignmentStatus.DELETED)
            .map(a -> a.responsibleMunicipality()).distinct().sortBy(MunicipalityCode::value));
  }

  // reading

  @Override
  public Either<DomainError, Investigation> getInvestigation(Actor actor, InvestigationId id) {
    return access.require(actor, "read investigations", Actor.Role.REGION, Actor.Role.SUPERVISOR, Actor.Role.PROVIDER)
        .flatMap(a -> id == null ? Either.left(InvalidInput.of("investigation", "required", "is required")) : find(id))
        .flatMap(i -> actor.role() == Actor.Role.PROVIDER && !access.actsFor(actor, i.provider())
            ? Either.left(new CommonError.NotFound("investigation", id.toString()))
            : Either.right(i));
  }

  @Override
  public Either<DomainError, Page<Investigation>> listInvestigations(Actor actor, ListInvestigationsQuery query) {
    return access.require(actor, "list investigations", Actor.Role.REGION, Actor.Role.SUPERVISOR, Actor.Role.PROVIDER)
        .flatMap(a -> query == null || query.page() == null || query.provider() == null
            ? Either.left(InvalidInput.of("page", "required", "is required"))
            : Either.right(query))
        .map(q -> {
          if (actor.role() == Actor.Role.PROVIDER) {
            // Another provider's investigations read as none.
            return Page.of(q.provider().isEmpty() || q.provider().equals(actor.provider())
                ? investigations.find(actor.provider()) : List.<Investigation>empty(), q.page());
          }
          return Page.of(investigations.find(q.provider()), q.page());
        });
  }

  @Override
  public Either<DomainError, Seq<OverdueImprovementPoint>> listOverdueImprovementPoints(Actor actor) {
    return staff(actor, "list overdue improvement points").map(a -> {
      LocalDate today = LocalDate.now(clock);
      return investigations.find(Option.none()).filter(i -> i.status() != InvestigationStatus.CLOSED)
          .flatMap(i -> i.outcomes().zipWithIndex()
              .filter(t -> t._1 instanceof Outcome.ImprovementPoint && ((Outcome.ImprovementPoint) t._1).isOverdue(today))
              .map(t -> new OverdueImprovementPoint(i.id(), i.provider(), t._2, (Outcome.ImprovementPoint) t._1)));
    });
  }

  // shared steps

  private Either<DomainError, Actor> staff(Actor actor, String action) {
    return access.require(actor, action, Actor.Role.REGION, Actor.Role.SUPERVISOR);
  }

  private Either<DomainError, Investigation> find(InvestigationId id) {
    return investigations.findById(id).toEither(() -> new CommonError.NotFound("investigation", id.toString()));
  }

  private Either<DomainError, Investigation> change(InvestigationId id,
                                                    Function<Investigation, Either<DomainError, Investigation>> step) {
    return find(id).flatMap(step).flatMap(investigations::save);
  }

  private static <T> Either<DomainError, Seq<T>> sequence(Seq<Either<DomainError, T>> results) {
    Seq<T> values = List.empty();
    for (Either<DomainError, T> r : results) {
      if (r.isLeft()) {
        return Either.left(r.getLeft());
      }
      values = values.append(r.get());
    }
    return Either.right(values);
  }
}
