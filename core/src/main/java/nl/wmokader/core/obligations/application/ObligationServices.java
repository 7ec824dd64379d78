package nl.wmokader.core.obligations.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.port.in.GetProviderUseCase;
import nl.wmokader.core.contracting.port.in.ListContractsUseCase;
import nl.wmokader.core.contracting.port.in.ListProvidersUseCase;
import nl.wmokader.core.obligations.domain.ObligationError;
import nl.wmokader.core.obligations.domain.ObligationEvaluations;
import nl.wmokader.core.obligations.domain.ObligationEvaluator;
import nl.wmokader.core.obligations.domain.ObligationTerms;
import nl.wmokader.core.obligations.domain.QualityDeclaration;
import nl.wmokader.core.obligations.domain.Refusal;
import nl.wmokader.core.obligations.domain.RefusalId;
import nl.wmokader.core.obligations.domain.SpendingReport;
import nl.wmokader.core.obligations.port.in.DeclareQualityComplianceCommand;
import nl.wmokader.core.obligations.port.in.DeclareQualityComplianceUseCase;
import nl.wmokader.core.obligations.port.in.EvaluateObligationsQuery;
import nl.wmokader.core.obligations.port.in.EvaluateObligationsUseCase;
import nl.wmokader.core.obligations.port.in.GetRefusalUseCase;
import nl.wmokader.core.obligations.port.in.ListRefusalsQuery;
import nl.wmokader.core.obligations.port.in.ListRefusalsUseCase;
import nl.wmokader.core.obligations.port.in.RecordRefusalCommand;
import nl.wmokader.core.obligations.port.in.RecordRefusalUseCase;
import nl.wmokader.core.obligations.port.in.ReportSpendingCommand;
import nl.wmokader.core.obligations.port.in.ReportSpendingUseCase;
import nl.wmokader.core.obligations.port.out.ProviderActivity;
import nl.wmokader.core.obligations.port.out.QualityDeclarationRepository;
import nl.wmokader.core.obligations.port.out.QualityFindings;
import nl.wmokader.core.obligations.port.out.RefusalRepository;
import nl.wmokader.core.obligations.port.out.ReportableEvents;
import nl.wmokader.core.obligations.port.out.SpendingReportRepository;
import nl.wmokader.core.obligations.port.out.TurnoverSource;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Commands;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.InvalidInput;

/**
 * The obligations' use cases. A provider's staff record their own refusals, spending and
 * declarations (nobody records them for a provider: they are the provider's own account); the
 * region's and members' staff and supervisors read every provider's, a provider's staff only their
 * own, another provider's answering {@code NotFound} as if it were not registered.
 */
public final class ObligationServices implements RecordRefusalUseCase, GetRefusalUseCase, ListRefusalsUseCase,
    ReportSpendingUseCase, DeclareQualityComplianceUseCase, EvaluateObligationsUseCase {

  private final ContractingFacts contracting;
  private final RefusalRepository refusals;
  private final SpendingReportRepository spending;
  private final QualityDeclarationRepository declarations;
  private final TurnoverSource turnover;
  private final ProviderActivity activity;
  private final QualityFindings findings;
  private final ReportableEvents events;
  private final ObligationEvaluator evaluator;
  private final Clock clock;
  private final AccessPolicy access;
  private final IdGenerator ids;

  public ObligationServices(GetProviderUseCase provider, ListProvidersUseCase providers, ListContractsUseCase contracts,
      RefusalRepository refusals,
      SpendingReportRepository spending, QualityDeclarationRepository declarations, TurnoverSource turnover,
      ProviderActivity activity, QualityFindings findings, ReportableEvents events, ObligationEvaluator evaluator,
      Clock clock, IdGenerator ids, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.contracting = new ContractingFacts(provider, providers, contracts);
    this.refusals = requireNonNull(refusals, "refusals");
    this.spending = requireNonNull(spending, "spending");
    this.declarations = requireNonNull(declarations, "declarations");
    this.turnover = requireNonNull(turnover, "turnover");
    this.activity = requireNonNull(activity, "activity");
    this.findings = requireNonNull(findings, "findings");
    this.events = requireNonNull(events, "events");
    this.evaluator = requireNonNull(evaluator, "evaluator");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public Either<DomainError, Refusal> recordRefusal(Actor actor, RecordRefusalCommand command) {
    return access.require(actor, "record a refusal", Actor.Role.PROVIDER)
        .flatMap(ok -> Commands.checked(command, c -> c.validated(today())))
        .flatMap(cmd -> visibleProvider(actor, cmd.provider())
            .flatMap(p -> contractedIn(p, cmd.refusedOn().getYear()))
            .flatMap(p -> refusals.save(Refusal.builder()
                .id(new RefusalId(ids.next()))
                .provider(p)
                .refusedOn(cmd.refusedOn())
                .reason(cmd.reason())
                .explanation(text(cmd.explanation()))
                .recordedOn(today())
                .build())));
  }

  @Override
  public Either<DomainError, Refusal> getRefusal(Actor actor, RefusalId id) {
    Either<DomainError, Actor> party = access.requireParty(actor, "read refusals");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    if (id == null) {
      return Either.left(InvalidInput.of("id", "required", "is required"));
    }
    return refusals.findById(id)
        .filter(r -> sees(actor, r.provider()))
        .toEither(() -> new CommonError.NotFound("Refusal", id.toString()));
  }

  @Override
  public Either<DomainError, Seq<Refusal>> listRefusals(Actor actor, ListRefusalsQuery query) {
    Either<DomainError, Actor> party = access.requireParty(actor, "list refusals");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    FieldChecks checks = new FieldChecks();
    if (checks.required("query", query)) {
      checks.required("provider", query.provider());
      checkYear(checks, query.year());
    }
    return checks.result(query)
        .flatMap(q -> visibleProvider(actor, q.provider()))
        .map(p -> refusals.findByProviderAndYear(p, query.year()));
  }

  @Override
  public Either<DomainError, SpendingReport> reportSpending(Actor actor, ReportSpendingCommand command) {
    return access.require(actor, "report spending", Actor.Role.PROVIDER)
        .flatMap(ok -> Commands.checked(command, c -> c.validated(today())))
        .flatMap(cmd -> visibleProvider(actor, cmd.provider())
            .flatMap(p -> contractedIn(p, cmd.year()))
            .flatMap(p -> spending.save(SpendingReport.builder()
                .provider(p)
                .year(cmd.year())
                .kind(cmd.kind())
                .amount(cmd.amount())
                .description(text(cmd.description()))
                .reportedOn(today())
                .version(spending.find(p, cmd.year(), cmd.kind()).map(SpendingReport::version).getOrElse(0L))
                .build())));
  }

  @Override
  public Either<DomainError, QualityDeclaration> declareQualityCompliance(Actor actor, DeclareQualityComplianceCommand command) {
    return access.require(actor, "declare quality-framework compliance", Actor.Role.PROVIDER)
        .flatMap(ok -> Commands.checked(command, c -> c.validated(today())))
        .flatMap(cmd -> visibleProvider(actor, cmd.provider())
            .flatMap(p -> contractedIn(p, cmd.year()))
            .flatMap(p -> declarations.save(QualityDeclaration.builder()
                .provider(p)
                .year(cmd.year())
                .statement(text(cmd.statement()))
                .declaredOn(today())
                .version(declarations.find(p, cmd.year()).map(QualityDeclaration::version).getOrElse(0L))
                .build())));
  }

  @Override
  public Either<DomainError, ObligationEvaluations> evaluateObligations(Actor actor, EvaluateObligationsQuery query) {
    Either<DomainError, Actor> party = access.requireParty(actor, "evaluate obligations");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    FieldChecks checks = new FieldChecks();
    if (checks.required("query", query)) {
      checks.required("provider", query.provider());
      checkYear(checks, query.year());
    }
    return checks.result(query)
        .flatMap(q -> visibleProvider(actor, q.provider()))
        .flatMap(p -> contractedIn(p, query.year()))
        .map(p -> {
          int year = query.year();
          LocalDate asOf = today();
          return new ObligationEvaluations(p, year, asOf, evaluator.evaluateAll(year, asOf,
              refusals.findByProviderAndYear(p, year),
              activity.assignmentsReceived(p, year),
              turnover.turnover(p, year),
              spending.findByProviderAndYear(p, year),
              declarations.find(p, year),
              findings.findingsAbout(p, year),
              events.eventsOf(p, year)));
        });
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private boolean sees(Actor actor, AgbCode provider) {
    return actor.role() != Actor.Role.PROVIDER || access.actsFor(actor, provider);
  }

  /** The provider, when registered and visible to the actor; else NotFound, alike for both. */
  private Either<DomainError, AgbCode> visibleProvider(Actor actor, AgbCode provider) {
    return sees(actor, provider) && contracting.registered(provider)
        ? Either.right(provider)
        : Either.left(new CommonError.NotFound("Provider", provider.value()));
  }

  /** The provider, when it had a contract in force on some day of {@code year}. */
  private Either<DomainError, AgbCode> contractedIn(AgbCode provider, int year) {
    DateRange days = DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    return contracting.contractsOf(provider).exists(c -> c.inForce().exists(d -> d.overlaps(days)))
        ? Either.right(provider)
        : Either.left(new ObligationError.NotContractedInYear(provider, year));
  }

  private static Option<String> text(Option<String> raw) {
    return raw == null ? Option.none() : raw.map(String::strip);
  }

  private static void checkYear(FieldChecks checks, int year) {
    checks.check(ObligationTerms.inRange(year), "year", "out_of_range",
        "must be " + ObligationTerms.FIRST_YEAR + ".." + ObligationTerms.LAST_YEAR);
  }
}
