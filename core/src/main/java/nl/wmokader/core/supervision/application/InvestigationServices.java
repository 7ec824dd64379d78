package nl.wmokader.core.supervision.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.port.in.GetProviderUseCase;
import nl.wmokader.core.contracting.port.in.ImposeClientStopCommand;
import nl.wmokader.core.contracting.port.in.ImposeClientStopUseCase;
import nl.wmokader.core.contracting.port.in.ListContractsQuery;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
import nl.wmokader.core.contracting.port.in.SuspendContractCommand;
import nl.wmokader.core.contracting.port.in.SuspendContractUseCase;
import nl.wmokader.core.contracting.port.in.TerminateContractCommand;
import nl.wmokader.core.contracting.port.in.TerminateContractUseCase;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.port.in.ListAssignmentsQuery;
import nl.wmokader.core.indication.port.in.ListAssignmentsUseCase;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryCommand;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryUseCase;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.supervision.domain.Finding;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.InvestigationTrigger;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.domain.SignalSeverity;
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

  private static final int MAX_NORM_LENGTH = 200;
  private static final int MAX_NOTE_LENGTH = 4_000;
  /** A field settlement names in the {@code i}-th of several recoveries: {@code [i].field}. */
  private static final Pattern PART_FIELD = Pattern.compile("\\[(\\d+)]\\.(\\w+)");
  private static final String RECOVERY_REASON = "Recovery after supervision investigation ";

  private final InvestigationRepository investigations;
  private final SignalRepository signals;
  private final GetProviderUseCase providers;
  private final GetRegionUseCase region;
  private final ListContractsUseCase contracts;
  private final ImposeClientStopUseCase clientStops;
  private final SuspendContractUseCase suspensions;
  private final TerminateContractUseCase terminations;
  private final RegisterRecoveryUseCase recoveries;
  private final ListAssignmentsUseCase assignments;
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
    this.clientStops = requireNonNull(clientStops, "clientStops");
    this.suspensions = requireNonNull(suspensions, "suspensions");
    this.terminations = requireNonNull(terminations, "terminations");
    this.recoveries = requireNonNull(recoveries, "recoveries");
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
        .flatMap(a -> command == null ? Either.left(InvalidInput.of("step", "required", "is required")) : Either.right(command))
        .flatMap(c -> {
          FieldChecks fields = new FieldChecks();
          fields.required("investigation", c.investigation());
          if (fields.required("to", c.to())) {
            boolean response = c.to() == InvestigationStatus.PROVIDER_RESPONSE;
            if (response) {
              fields.required("responseDue", c.responseDue());
            } else {
              fields.check(c.responseDue() == null, "responseDue", "not_allowed",
                  "is given only when asking for the provider's response");
            }
          }
          return fields.result(c);
        })
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
        .flatMap(a -> command == null ? Either.left(InvalidInput.of("finding", "required", "is required")) : Either.right(command))
        .flatMap(c -> {
          FieldChecks fields = new FieldChecks();
          fields.required("investigation", c.investigation());
          Support.text(fields, "normCode", c.normCode(), MAX_NORM_LENGTH);
          Support.text(fields, "normName", c.normName(), MAX_NORM_LENGTH);
          fields.required("verdict", c.verdict());
          if (fields.required("note", c.note())) {
            fields.check(c.note().length() <= MAX_NOTE_LENGTH, "note", "too_long",
                "must be at most " + MAX_NOTE_LENGTH + " characters");
          }
          return fields.resultFrom(() -> new Finding(c.normCode(), c.normName(), c.verdict(), c.note()))
              .flatMap(finding -> change(c.investigation(), i -> i.recordFinding(finding).mapLeft(e -> e)));
        });
  }

  // outcomes and their effects

  @Override
  public Either<DomainError, Investigation> addOutcome(Actor actor, AddOutcomeCommand command) {
    return staff(actor, "decide outcomes")
        .flatMap(a -> command == null ? Either.left(InvalidInput.of("outcome", "required", "is required")) : Either.right(command))
        .flatMap(c -> {
          FieldChecks fields = new FieldChecks();
          fields.required("investigation", c.investigation());
          fields.required("outcome", c.outcome());
          return fields.result(c);
        })
        .flatMap(c -> find(c.investigation()).flatMap(current -> {
          LocalDate today = LocalDate.now(clock);
          int earlier = current.outcomes().indexOf(c.outcome());
          if (c.outcome().isMeasure() && earlier >= 0) {
            // A retry after a failed effect: the measure is decided once, its effect applied again, idempotently.
            return retry(current, earlier, today);
          }
          return current.addOutcome(c.outcome(), today).<DomainError>mapLeft(e -> e)
              // What the measure acts on is checked before storing: a measure that cannot act stores nothing.
              .flatMap(next -> measureContract(current, c.outcome(), today)
                  .flatMap(contract -> recoveriesTaken(next, next.outcomes().size() - 1, today).map(ok -> contract))
                  .flatMap(contract -> investigations.save(next)
                      .flatMap(saved -> effect(saved, saved.outcomes().size() - 1, contract, today))));
        }));
  }

  private Either<DomainError, Investigation> retry(Investigation current, int index, LocalDate today) {
    Outcome outcome = current.outcomes().get(index);
    if (outcome instanceof Outcome.ContractSuspension || outcome instanceof Outcome.ContractTermination
        || outcome instanceof Outcome.ClientStop) {
      Either<DomainError, Seq<Contract>> all = Support.all(page -> contracts.listContracts(Actor.region(),
          new ListContractsQuery(current.provider(), page)));
      if (all.isLeft()) {
        return Either.left(all.getLeft());
      }
      if (applied(all.get(), outcome)) {
        return Either.right(current);
      }
      return measureContract(current, outcome, today).flatMap(contract -> effect(current, index, contract, today));
    }
    return effect(current, index, Option.none(), today);
  }

  /** Whether the contract measure already took effect on one of the provider's contracts. */
  private static boolean applied(Seq<Contract> contracts, Outcome outcome) {
    if (outcome instanceof Outcome.ClientStop) {
      Outcome.ClientStop stop = (Outcome.ClientStop) outcome;
      DateRange period = DateRange.of(stop.from(), stop.until());
      return contracts.exists(k -> k.clientStops().exists(s -> s.period().equals(period)));
    }
    if (outcome instanceof Outcome.ContractSuspension) {
      return contracts.exists(k -> k.status() == ContractStatus.SUSPENDED);
    }
    LocalDate from = ((Outcome.ContractTermination) outcome).from();
    return contracts.exists(k -> k.terminatedFrom().contains(from));
  }

  /** The provider's contract the measure acts on; none for an outcome that acts on no contract. */
  private Either<DomainError, Option<Contract>> measureContract(Investigation investigation, Outcome outcome, LocalDate today) {
    Option<LocalDate> on;
    if (outcome instanceof Outcome.ClientStop) {
      on = Option.some(((Outcome.ClientStop) outcome).from());
    } else if (outcome instanceof Outcome.ContractSuspension) {
      LocalDate from = ((Outcome.ContractSuspension) outcome).from();
      if (!from.equals(today)) {
        return Either.left(InvalidInput.of("outcome.from", "not_today",
            "a contract is suspended from the day it is decided: decide a later suspension on its first day"));
      }
      on = Option.some(from);
    } else if (outcome instanceof Outcome.ContractTermination) {
      on = Option.some(today);
    } else {
      return Either.right(Option.none());
    }
    LocalDate day = on.get();
    // Only a contract in effect (active or suspended) takes a measure; an application is withdrawn, not sanctioned.
    return Support.<Contract>all(page -> contracts.listContracts(Actor.region(),
            new ListContractsQuery(investigation.provider(), page)))
        .flatMap(all -> all.filter(k -> (k.status() == ContractStatus.ACTIVE || k.status() == ContractStatus.SUSPENDED)
                && k.inForceOn(day)).headOption()
            .map(k -> Either.<DomainError, Option<Contract>>right(Option.some(k)))
            .getOrElse(() -> Either.left(InvalidInput.of("outcome", "no_contract",
                "the provider has no contract in force on " + day + " for the measure to act on"))));
  }

  private Either<DomainError, Investigation> effect(Investigation saved, int index, Option<Contract> contract, LocalDate today) {
    Outcome outcome = saved.outcomes().get(index);
    Actor region = Actor.region();
    if (outcome instanceof Outcome.ClientStop) {
      Outcome.ClientStop stop = (Outcome.ClientStop) outcome;
      return clientStops.imposeClientStop(region, new ImposeClientStopCommand(contract.get().id(),
          DateRange.of(stop.from(), stop.until()), reason(saved))).map(ok -> saved);
    }
    if (outcome instanceof Outcome.ContractSuspension) {
      return suspensions.suspendContract(region, new SuspendContractCommand(contract.get().id(), reason(saved)))
          .map(ok -> saved);
    }
    if (outcome instanceof Outcome.ContractTermination) {
      return terminations.terminateContract(region, new TerminateContractCommand(contract.get().id(),
          ((Outcome.ContractTermination) outcome).from())).map(ok -> saved);
    }
    if (outcome instanceof Outcome.Recovery) {
      return partsNamed(recoveries.registerRecoveries(region, recoveryCommands(saved, index, today))).map(ok -> saved);
    }
    return Either.right(saved);
  }

  /** Whether settlement would take every part of the recovery at {@code index}, if it is one, storing nothing. */
  private Either<DomainError, Investigation> recoveriesTaken(Investigation investigation, int index, LocalDate today) {
    if (!(investigation.outcomes().get(index) instanceof Outcome.Recovery)) {
      return Either.right(investigation);
    }
    return partsNamed(recoveries.checkRecoveries(Actor.region(), recoveryCommands(investigation, index, today)))
        .map(ok -> investigation);
  }

  /** The recovery at {@code index} as settlement registers it: a command per part, in the parts' order. */
  private static Seq<RegisterRecoveryCommand> recoveryCommands(Investigation investigation, int index, LocalDate today) {
    Seq<Outcome.Recovery.Part> parts = ((Outcome.Recovery) investigation.outcomes().get(index)).parts();
    YearMonth month = YearMonth.from(today);
    return parts.zipWithIndex().map(p -> new RegisterRecoveryCommand(investigation.provider(), p._1.member(), month,
        p._1.amount().cents(), RECOVERY_REASON + investigation.id(), recoveryReference(investigation.id(), index, p._2)));
  }

  /**
   * Settlement's field errors on the commands ({@code [i].member}) named as the outcome names them
   * ({@code outcome.parts[i].member}); the fields the outcome does not carry name the outcome.
   */
  private static <T> Either<DomainError, T> partsNamed(Either<DomainError, T> result) {
    if (result.isRight() || !(result.getLeft() instanceof InvalidInput)) {
      return result;
    }
    Seq<FieldError> named = ((InvalidInput) result.getLeft()).errors().map(e -> {
      var m = PART_FIELD.matcher(e.field());
      if (!m.matches()) {
        return new FieldError("outcome", e.code(), e.message());
      }
      String field = switch (m.group(2)) {
        case "member" -> "member";
        case "amountCents" -> "amount";
        default -> null;
      };
      return field == null ? new FieldError("outcome", e.code(), e.field() + " " + e.message())
          : new FieldError("outcome.parts[" + m.group(1) + "]." + field, e.code(), e.message());
    });
    return Either.left(new InvalidInput(named));
  }

  /** The settlement reference of part {@code part} of the recovery at {@code outcome}: the same on every retry. */
  public static String recoveryReference(InvestigationId investigation, int outcome, int part) {
    return "SUP-" + investigation + "-" + outcome + "-" + part;
  }

  /** Lawfulness is about fraud; a critical signal about safety; else quality. */
  private ClientStopReason reason(Investigation investigation) {
    if (investigation.scope() == InvestigationScope.LAWFULNESS) {
      return ClientStopReason.FRAUD_SIGNALS;
    }
    if (investigation.trigger() instanceof InvestigationTrigger.SignalDriven
        && ((InvestigationTrigger.SignalDriven) investigation.trigger()).signals().flatMap(signals::findById)
            .exists(s -> s.severity() == SignalSeverity.CRITICAL)) {
      return ClientStopReason.SAFETY_SIGNALS;
    }
    return ClientStopReason.QUALITY_SIGNALS;
  }

  @Override
  public Either<DomainError, Investigation> followUpImprovementPoint(Actor actor, FollowUpImprovementPointCommand command) {
    return staff(actor, "follow up improvement points")
        .flatMap(a -> command == null ? Either.left(InvalidInput.of("followUp", "required", "is required")) : Either.right(command))
        .flatMap(c -> {
          FieldChecks fields = new FieldChecks();
          fields.required("investigation", c.investigation());
          fields.required("index", c.index());
          return fields.result(c);
        })
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
    return Support.all(page -> assignments.listAssignments(Actor.region(), new ListAssignmentsQuery(Option.none(),
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
