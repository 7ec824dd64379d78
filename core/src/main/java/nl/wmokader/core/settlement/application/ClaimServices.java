package nl.wmokader.core.settlement.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.port.in.RecordAccessUseCase;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimAnswer;
import nl.wmokader.core.settlement.domain.ClaimContext;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.ClaimSummary;
import nl.wmokader.core.settlement.domain.ClaimValidator;
import nl.wmokader.core.settlement.port.in.CheckMemberClaimsUseCase;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.settlement.port.in.GetClaimUseCase;
import nl.wmokader.core.settlement.port.in.GetTurnoverUseCase;
import nl.wmokader.core.settlement.port.in.ListClaimsQuery;
import nl.wmokader.core.settlement.port.in.ListClaimsUseCase;
import nl.wmokader.core.settlement.port.in.SubmitClaimCommand;
import nl.wmokader.core.settlement.port.in.SubmitClaimUseCase;
import nl.wmokader.core.settlement.port.out.ClaimFilter;
import nl.wmokader.core.settlement.port.out.ClaimReferenceData;
import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.shared.Commands;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * Claims: submit (read once, validate in memory, write once), read and list. A submission whose
 * ledgers moved meanwhile is validated again against the new state, up to {@link #ATTEMPTS} times.
 */
public final class ClaimServices
    implements SubmitClaimUseCase, GetClaimUseCase, ListClaimsUseCase, GetTurnoverUseCase, CheckMemberClaimsUseCase {

  /** How often a submission validates again after a concurrent claim moved its ledgers. */
  static final int ATTEMPTS = 5;
  /** The resource a claim's accesses are recorded on in the audit trail. */
  static final String CLAIM = "claim";

  private final ClaimRepository claims;
  private final ClaimReferenceData referenceData;
  private final GetRegionUseCase region;
  private final Clock clock;
  private final IdGenerator ids;
  private final AccessPolicy access;
  private final RecordAccessUseCase records;

  public ClaimServices(ClaimRepository claims, ClaimReferenceData referenceData, GetRegionUseCase region, Clock clock,
                       IdGenerator ids, AccessPolicy access, RecordAccessUseCase records) {
    this.access = requireNonNull(access, "access");
    this.records = requireNonNull(records, "records");
    this.claims = requireNonNull(claims, "claims");
    this.referenceData = requireNonNull(referenceData, "referenceData");
    this.region = requireNonNull(region, "region");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public Either<DomainError, Claim> submitClaim(Actor actor, SubmitClaimCommand command) {
    return submit(actor, command, (region, c) -> {
      Seq<FieldError> found = inContext(region, c.municipality(), c.month(), c.lines(), ClaimLine::periodStart,
          ClaimLine::periodEnd);
      return found.isEmpty() ? Either.right(new Ready(c, null, null)) : Either.left(new InvalidInput(found));
    });
  }

  @Override
  public Either<DomainError, Claim> submitClaim(Actor actor, SubmitClaimCommand.Draft draft) {
    return submit(actor, draft, (region, d) -> {
      // read before the second round, so that the lines share the assignments' identifiers and clients,
      // and lines naming iWmo numbers find theirs: one read per kind of name, never one per line
      Seq<AssignmentId> named = d.assignmentIds();
      Seq<AssignmentNumber> numbers = d.assignmentNumbers();
      Seq<Assignment> assignments = named.isEmpty() ? Array.empty() : referenceData.assignments(named);
      if (!numbers.isEmpty()) {
        assignments = assignments.appendAll(referenceData.assignmentsByNumber(d.municipality(), numbers));
      }
      Seq<Assignment> known = assignments;
      return d.command(inContext(region, d.municipality(), d.month(), d.lines(), ClaimLineInput::periodStart,
          ClaimLineInput::periodEnd), known).map(c -> new Ready(c, numbers.isEmpty() ? named : distinctIds(c.lines()),
              known));
    });
  }

  /** The distinct assignments of {@code lines}, in their order (numbers resolved, or made unknown identifiers). */
  private static Seq<AssignmentId> distinctIds(Seq<ClaimLine> lines) {
    java.util.Set<AssignmentId> ids = new java.util.LinkedHashSet<>();
    for (ClaimLine line : lines) {
      ids.add(line.assignment());
    }
    return Array.ofAll(ids);
  }

  /** A claim ready to answer, with its distinct assignments when they were read already (else both null). */
  private record Ready(SubmitClaimCommand command, Seq<AssignmentId> assignmentIds, Seq<Assignment> assignments) {}

  private <T> Either<DomainError, Claim> submit(Actor actor, T input,
      BiFunction<Region, T, Either<DomainError, Ready>> checked) {
    return access.require(actor, "submit claims", Actor.Role.PROVIDER)
        .flatMap(a -> input == null
            ? Either.left(InvalidInput.of("claim", "required", "is required"))
            : region.getRegion(actor).flatMap(r -> checked.apply(r, input)))
        .flatMap(ready -> {
          AgbCode provider = actor.provider().get();
          return claims.findByNumber(provider, ready.command().number())
              .map(existing -> sameClaim(recorded(actor, AuditAction.READ, existing), ready.command()))
              .getOrElse(() -> answerAndStore(actor, provider, ready));
        });
  }

  /**
   * What a claim cannot know itself: the addressee is a member, the month and each line's period
   * are not in the future (a period already wrong in itself is the claim's to name).
   */
  private <L> Seq<FieldError> inContext(Region region, MunicipalityCode municipality, YearMonth month, Seq<L> lines,
      Function<L, LocalDate> start, Function<L, LocalDate> end) {
    LocalDate today = LocalDate.now(clock);
    FieldChecks fields = new FieldChecks();
    fields.check(region.isMember(municipality), "municipality", "not_a_member", "must be a member of the region");
    fields.check(!month.isAfter(YearMonth.from(today)), "month", "in_future", "must not lie in the future");
    int index = 0;
    for (L line : lines) {
      LocalDate from = start.apply(line);
      LocalDate to = end.apply(line);
      if (to.isAfter(today) && !to.isBefore(from) && ClaimLine.sameMonth(from, to)) {
        fields.add("lines[" + index + "].periodEnd", "in_future", "must not lie in the future");
      }
      index++;
    }
    return fields.errors();
  }

  /** A claim number used before: the same claim again answers as it did; another one is a conflict. */
  private Either<DomainError, Claim> sameClaim(Claim existing, SubmitClaimCommand command) {
    boolean same = existing.municipality().equals(command.municipality())
        && existing.month().equals(command.month())
        && existing.lines().map(l -> l.line()).equals(command.lines());
    return same ? Either.right(existing) : Either.left(new CommonError.Duplicate("claim", command.number()));
  }

  private Either<DomainError, Claim> answerAndStore(Actor actor, AgbCode provider, Ready ready) {
    SubmitClaimCommand command = ready.command();
    Seq<ClaimLine> lines = command.lines();
    // distinct in plain sets: a claim holds up to 20,000 lines, and the stores read each once
    java.util.Set<AssignmentId> assignmentIds = ready.assignmentIds() == null ? new java.util.LinkedHashSet<>() : null;
    java.util.Set<ProductCode> productCodes = new java.util.LinkedHashSet<>();
    java.util.Set<String> references = new java.util.LinkedHashSet<>();
    java.util.Set<YearMonth> months = new java.util.TreeSet<>();
    for (ClaimLine line : lines) {
      if (assignmentIds != null) {
        assignmentIds.add(line.assignment());
      }
      line.product().forEach(productCodes::add);
      references.add(line.reference());
      months.add(line.month());
    }
    Seq<AssignmentId> distinct = assignmentIds == null ? ready.assignmentIds() : Array.ofAll(assignmentIds);
    Seq<Assignment> assignments = ready.assignments() != null ? ready.assignments() : referenceData.assignments(distinct);
    Seq<Product> products = referenceData.products(Array.ofAll(productCodes));
    var contracts = referenceData.contracts(provider);
    ClaimId id = new ClaimId(ids.next());
    LocalDate today = LocalDate.now(clock);
    Either<DomainError, Claim> outcome = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Seq<AssignmentLedger> ledgers = claims.ledgers(distinct, Array.ofAll(months));
      ClaimContext context = ClaimContext.of(assignments, ledgers,
          claims.usedReferences(provider, Array.ofAll(references)), products, contracts);
      ClaimAnswer answer = ClaimValidator.validate(provider, command.municipality(), command.month(), lines, context);
      Claim claim = new Claim(id, provider, command.municipality(), command.month(), command.number(), today,
          answer.lines());
      // each attempt its own record: a failed attempt's transaction takes its record along
      outcome = records.changing(actor, accessed(AuditAction.CREATE, claim), () -> claims.save(claim, answer.moved()));
      if (outcome.isRight() || !(outcome.getLeft() instanceof CommonError.StaleVersion)) {
        break;
      }
    }
    if (outcome.isLeft() && outcome.getLeft() instanceof CommonError.Duplicate) {
      // a concurrent submission of the same number won: answer as a resubmission would
      return claims.findByNumber(provider, command.number())
          .map(existing -> sameClaim(existing, command))
          .getOrElse(outcome);
    }
    return outcome;
  }

  @Override
  public boolean hasClaims(MunicipalityCode municipality) {
    return claims.findSummaries(new ClaimFilter(Option.none(), Option.some(municipality), Option.none()),
        new PageRequest(0, 1)).total() > 0;
  }

  @Override
  public Either<DomainError, Claim> getClaim(Actor actor, ClaimId id) {
    Either<DomainError, Actor> party = access.requireParty(actor, "read claims");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    if (id == null) {
      return Either.left(InvalidInput.of("id", "required", "is required"));
    }
    Option<Claim> found = claims.findById(id);
    if (found.isDefined() && !sees(actor, found.get().summary())) {
      records.refused(actor, AuditAction.READ, CLAIM, id.value().toString(), Option.none());
      return Either.left(new CommonError.NotFound("claim", id.toString()));
    }
    return found.map(c -> recorded(actor, AuditAction.READ, c))
        .toEither(() -> (DomainError) new CommonError.NotFound("claim", id.toString()));
  }

  /** Records a read of the claim, naming each of its clients (NEN 7513), before it is answered. */
  private Claim recorded(Actor actor, AuditAction action, Claim claim) {
    records.allowed(actor, action, CLAIM, Array.of(new RecordAccessUseCase.Accessed(claim.id().value().toString(),
        clients(claim))));
    return claim;
  }

  /** {@code action} on the claim: one access to one resource, naming each of its clients once (a claim holds up to 20,000 lines, a client many). */
  private static Seq<RecordAccessUseCase.Change> accessed(AuditAction action, Claim claim) {
    return Array.of(new RecordAccessUseCase.Change(action, CLAIM, claim.id().value().toString(), clients(claim)));
  }

  private static Seq<Bsn> clients(Claim claim) {
    java.util.ArrayList<Bsn> clients = new java.util.ArrayList<>(claim.lines().size());
    for (AnsweredLine line : claim.lines()) {
      clients.add(line.line().client());
    }
    return AuditRecord.ordered(clients);
  }

  @Override
  public Either<DomainError, Page<ClaimSummary>> listClaims(Actor actor, ListClaimsQuery query) {
    Either<DomainError, Actor> party = access.requireParty(actor, "list claims");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    if (query == null || query.page() == null) {
      return Either.left(InvalidInput.of(query == null ? "query" : "page", "required", "is required"));
    }
    ClaimFilter filter = new ClaimFilter(query.provider(), query.municipality(), query.month());
    switch (actor.role()) {
      case PROVIDER:
        if (query.provider().exists(p -> !access.actsFor(actor, p))) {
          return Either.right(Page.of(List.empty(), query.page()));
        }
        filter = filter.withProvider(actor.provider().get());
        break;
      case MUNICIPALITY:
        if (query.municipality().exists(m -> !actor.municipality().contains(m))) {
          return Either.right(Page.of(List.empty(), query.page()));
        }
        filter = filter.withMunicipality(actor.municipality().get());
        break;
      case REGION:
      case SUPERVISOR:
      default:
        break;
    }
    return Either.right(claims.findSummaries(filter, query.page()));
  }

  boolean sees(Actor actor, ClaimSummary claim) {
    switch (actor.role()) {
      case PROVIDER:
        return access.actsFor(actor, claim.provider());
      case MUNICIPALITY:
        return actor.municipality().contains(claim.municipality());
      case REGION:
      case SUPERVISOR:
      default:
        return true;
    }
  }

  @Override
  public Either<DomainError, Money> getTurnover(Actor actor, AgbCode provider, int year) {
    return access.require(actor, "read a provider's turnover", Actor.Role.REGION, Actor.Role.SUPERVISOR)
        .flatMap(ok -> provider == null ? Either.left(InvalidInput.of("provider", "required", "is required"))
            : Either.right(claims.turnover(provider, year)));
  }
}
