package nl.wmokader.core.obligations.application;

import static nl.wmokader.core.contracting.domain.ProcurementPeriods.PERIOD_2024_2025;
import static nl.wmokader.core.contracting.domain.ProcurementPeriods.PERIOD_2026_2028;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.inmemory.InMemoryContractRepository;
import nl.wmokader.core.inmemory.InMemoryProviderActivity;
import nl.wmokader.core.inmemory.InMemoryProviderRepository;
import nl.wmokader.core.inmemory.InMemoryQualityDeclarationRepository;
import nl.wmokader.core.inmemory.InMemoryQualityFindings;
import nl.wmokader.core.inmemory.InMemoryRefusalRepository;
import nl.wmokader.core.inmemory.InMemoryReportableEvents;
import nl.wmokader.core.inmemory.InMemorySpendingReportRepository;
import nl.wmokader.core.inmemory.InMemoryTurnoverSource;
import nl.wmokader.core.obligations.application.ObligationServices;
import nl.wmokader.core.obligations.domain.EvaluationStatus;
import nl.wmokader.core.obligations.domain.ObligationError;
import nl.wmokader.core.obligations.domain.ObligationEvaluation;
import nl.wmokader.core.obligations.domain.ObligationEvaluations;
import nl.wmokader.core.obligations.domain.ObligationEvaluator;
import nl.wmokader.core.obligations.domain.ObligationKind;
import nl.wmokader.core.obligations.domain.ObligationTerms;
import nl.wmokader.core.obligations.domain.QualityDeclaration;
import nl.wmokader.core.supervision.domain.QualityFinding;
import nl.wmokader.core.obligations.domain.Refusal;
import nl.wmokader.core.obligations.domain.RefusalId;
import nl.wmokader.core.obligations.domain.RefusalReason;
import nl.wmokader.core.obligations.domain.SpendingKind;
import nl.wmokader.core.obligations.domain.SpendingReport;
import nl.wmokader.core.obligations.port.in.DeclareQualityComplianceCommand;
import nl.wmokader.core.obligations.port.in.EvaluateObligationsQuery;
import nl.wmokader.core.obligations.port.in.ListRefusalsQuery;
import nl.wmokader.core.obligations.port.in.RecordRefusalCommand;
import nl.wmokader.core.obligations.port.in.ReportSpendingCommand;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.WorkingDayCalendar;
import nl.wmokader.core.supervision.domain.ReportableEvent;
import nl.wmokader.core.supervision.domain.ReportableEventKind;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/**
 * Scenarios over the obligation use cases on the in-memory adapters: Maasoever (98000001) is
 * contracted 2024-2028, Lindehof (98000002) 2026-2028, De Peelrand (98000003) is registered without
 * a contract. Today is 1 February 2026.
 */
class ObligationServicesTest {

  private static final AgbCode MAASOEVER = AgbCode.of("98000001");
  private static final AgbCode LINDEHOF = AgbCode.of("98000002");
  private static final AgbCode PEELRAND = AgbCode.of("98000003");
  private static final AgbCode UNREGISTERED = AgbCode.of("12345678");
  private static final Actor AS_MAASOEVER = Actor.provider(MAASOEVER);
  private static final Actor AS_LINDEHOF = Actor.provider(LINDEHOF);
  private static final Actor[] READERS = {Actor.region(), Actor.municipality(MunicipalityCode.of("1721")), Actor.supervisor()};

  private final MutableClock clock = new MutableClock(LocalDate.of(2026, 2, 1));
  private final InMemoryProviderRepository providers = new InMemoryProviderRepository();
  private final InMemoryContractRepository contracts = new InMemoryContractRepository();
  private final InMemoryRefusalRepository refusals = new InMemoryRefusalRepository();
  private final InMemorySpendingReportRepository spending = new InMemorySpendingReportRepository();
  private final InMemoryQualityDeclarationRepository declarations = new InMemoryQualityDeclarationRepository();
  private final InMemoryTurnoverSource turnover = new InMemoryTurnoverSource();
  private final InMemoryProviderActivity activity = new InMemoryProviderActivity();
  private final InMemoryQualityFindings findings = new InMemoryQualityFindings();
  private final InMemoryReportableEvents events = new InMemoryReportableEvents();
  private final ObligationServices services = new ObligationServices(ContractingGen.providersIn(providers), ContractingGen.providersIn(providers),
        ContractingGen.contractsIn(contracts), refusals, spending, declarations,
      turnover, activity, findings, events,
      new ObligationEvaluator(ObligationTerms.reference(), WorkingDayCalendar.generalTermsAct()), clock, new SequentialIds(), AccessPolicy.standard());

  ObligationServicesTest() {
    ContractingGen.referenceProviders().take(3).forEach(p -> Results.right(providers.save(p)));
    contract(1, MAASOEVER, PERIOD_2024_2025);
    contract(2, MAASOEVER, PERIOD_2026_2028);
    contract(3, LINDEHOF, PERIOD_2026_2028);
  }

  private void contract(int n, AgbCode provider, DateRange period) {
    Results.right(contracts.save(Contract.builder().id(new ContractId(new UUID(1, n))).provider(provider).period(period).build()));
  }

  private record Stored(Set<Refusal> refusals, Set<SpendingReport> spending, Set<QualityDeclaration> declarations) {}

  private Stored stored() {
    return new Stored(refusals.all().toSet(), spending.all().toSet(), declarations.all().toSet());
  }

  private static List<String> fields(Either<? extends DomainError, ?> result) {
    InvalidInput invalid = (InvalidInput) Results.leftOfKind(result, ErrorKind.INVALID_INPUT);
    return invalid.errors().map(e -> e.field() + ":" + e.code()).toList();
  }

  private static RecordRefusalCommand refusal(AgbCode provider, LocalDate on) {
    return new RecordRefusalCommand(provider, on, RefusalReason.NO_CAPACITY, Option.none());
  }

  private static ReportSpendingCommand spent(AgbCode provider, int year, SpendingKind kind, long cents) {
    return new ReportSpendingCommand(provider, year, kind, Money.ofCents(cents), Option.none());
  }

  // --- refusals

  @Test
  void a_provider_records_its_refusal_with_the_reason_and_today_as_the_recording_date() {
    Refusal recorded = Results.right(services.recordRefusal(AS_MAASOEVER, new RecordRefusalCommand(MAASOEVER,
        LocalDate.of(2026, 1, 28), RefusalReason.OTHER, Option.some("  Geen vervoer naar het buitengebied  "))));
    assertThat(recorded.id()).isEqualTo(new RefusalId(new UUID(0, 1)));
    assertThat(recorded.provider()).isEqualTo(MAASOEVER);
    assertThat(recorded.refusedOn()).isEqualTo(LocalDate.of(2026, 1, 28));
    assertThat(recorded.explanation()).isEqualTo(Option.some("Geen vervoer naar het buitengebied"));
    assertThat(recorded.recordedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(recorded.version()).isEqualTo(1);
    assertThat(refusals.all()).containsExactly(recorded);
    assertThat(Results.right(services.getRefusal(Actor.region(), recorded.id()))).isEqualTo(recorded);
    assertThat(Results.right(services.listRefusals(AS_MAASOEVER, new ListRefusalsQuery(MAASOEVER, 2026)))).containsExactly(recorded);
  }

  @Test
  void only_a_providers_staff_record_refusals_spending_and_declarations() {
    for (Actor other : READERS) {
      Results.left(services.recordRefusal(other, refusal(MAASOEVER, LocalDate.of(2026, 1, 5))), CommonError.Forbidden.class);
      Results.left(services.reportSpending(other, spent(MAASOEVER, 2025, SpendingKind.TRANSFORMATION, 100)),
          CommonError.Forbidden.class);
      Results.left(services.declareQualityCompliance(other, new DeclareQualityComplianceCommand(MAASOEVER, 2025, Option.none())),
          CommonError.Forbidden.class);
    }
    assertThat(stored()).isEqualTo(new Stored(HashSet.empty(), HashSet.empty(), HashSet.empty()));
  }

  @Test
  void a_provider_cannot_record_for_another_provider_which_answers_as_an_unregistered_one() {
    var before = stored();
    var forOther = services.recordRefusal(AS_LINDEHOF, refusal(MAASOEVER, LocalDate.of(2026, 1, 5)));
    var unregistered = services.recordRefusal(Actor.provider(UNREGISTERED), refusal(UNREGISTERED, LocalDate.of(2026, 1, 5)));
    assertThat(Results.left(forOther, CommonError.NotFound.class)).isEqualTo(new CommonError.NotFound("Provider", "98000001"));
    assertThat(Results.left(unregistered, CommonError.NotFound.class)).isEqualTo(new CommonError.NotFound("Provider", "12345678"));
    Results.left(services.reportSpending(AS_LINDEHOF, spent(MAASOEVER, 2025, SpendingKind.TRANSFORMATION, 1)),
        CommonError.NotFound.class);
    Results.left(services.declareQualityCompliance(AS_LINDEHOF, new DeclareQualityComplianceCommand(MAASOEVER, 2026,
        Option.none())), CommonError.NotFound.class);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void an_invalid_refusal_lists_every_invalid_field_and_stores_nothing() {
    assertThat(fields(services.recordRefusal(AS_MAASOEVER, new RecordRefusalCommand(null, null, null, null))))
        .containsExactly("provider:required", "refusedOn:required", "reason:required");
    assertThat(fields(services.recordRefusal(AS_MAASOEVER, new RecordRefusalCommand(MAASOEVER, LocalDate.of(2026, 2, 2),
        RefusalReason.OTHER, Option.none())))).containsExactly("refusedOn:in_the_future", "explanation:required");
    assertThat(fields(services.recordRefusal(AS_MAASOEVER, new RecordRefusalCommand(MAASOEVER, LocalDate.of(2014, 12, 31),
        RefusalReason.NO_CAPACITY, Option.some(" "))))).containsExactly("refusedOn:out_of_range", "explanation:blank");
    assertThat(fields(services.recordRefusal(AS_MAASOEVER, new RecordRefusalCommand(MAASOEVER, LocalDate.of(2026, 1, 1),
        RefusalReason.OTHER, Option.some("x".repeat(501)))))).containsExactly("explanation:too_long");
    assertThat(refusals.all()).isEmpty();
  }

  @Test
  void nothing_is_recorded_for_a_year_without_a_contract() {
    var result = services.recordRefusal(Actor.provider(PEELRAND), refusal(PEELRAND, LocalDate.of(2026, 1, 5)));
    assertThat(Results.left(result, ObligationError.NotContractedInYear.class))
        .isEqualTo(new ObligationError.NotContractedInYear(PEELRAND, 2026));
    assertThat(result.getLeft().kind()).isEqualTo(ErrorKind.REJECTED);
    Results.left(services.reportSpending(AS_LINDEHOF, spent(LINDEHOF, 2025, SpendingKind.SOCIAL_RETURN, 1)),
        ObligationError.NotContractedInYear.class);
    Results.left(services.declareQualityCompliance(AS_LINDEHOF, new DeclareQualityComplianceCommand(LINDEHOF, 2025,
        Option.none())), ObligationError.NotContractedInYear.class);
    Results.left(services.evaluateObligations(Actor.region(), new EvaluateObligationsQuery(LINDEHOF, 2025)),
        ObligationError.NotContractedInYear.class);
    assertThat(refusals.all()).isEmpty();
    assertThat(spending.all()).isEmpty();
    assertThat(declarations.all()).isEmpty();
  }

  @Test
  void a_provider_reads_only_its_own_refusals() {
    Refusal own = Results.right(services.recordRefusal(AS_MAASOEVER, refusal(MAASOEVER, LocalDate.of(2026, 1, 5))));
    Results.left(services.getRefusal(AS_LINDEHOF, own.id()), CommonError.NotFound.class);
    Results.left(services.listRefusals(AS_LINDEHOF, new ListRefusalsQuery(MAASOEVER, 2026)), CommonError.NotFound.class);
    Results.left(services.getRefusal(Actor.region(), new RefusalId(new UUID(9, 9))), CommonError.NotFound.class);
    for (Actor reader : READERS) {
      assertThat(Results.right(services.listRefusals(reader, new ListRefusalsQuery(MAASOEVER, 2026)))).containsExactly(own);
      assertThat(Results.right(services.listRefusals(reader, new ListRefusalsQuery(MAASOEVER, 2025)))).isEmpty();
    }
    assertThat(fields(services.listRefusals(Actor.region(), new ListRefusalsQuery(null, 2014))))
        .containsExactly("provider:required", "year:out_of_range");
  }

  // --- spending and declarations

  @Test
  void a_new_spending_report_replaces_the_earlier_one_of_its_year_and_kind() {
    SpendingReport first = Results.right(services.reportSpending(AS_MAASOEVER, new ReportSpendingCommand(MAASOEVER, 2025,
        SpendingKind.TRANSFORMATION, Money.ofCents(150_000_00), Option.some("Pilot wijkteam"))));
    assertThat(first.reportedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
    clock.set(LocalDate.of(2026, 3, 1));
    SpendingReport second = Results.right(services.reportSpending(AS_MAASOEVER, spent(MAASOEVER, 2025,
        SpendingKind.TRANSFORMATION, 180_000_00)));
    Results.right(services.reportSpending(AS_MAASOEVER, spent(MAASOEVER, 2025, SpendingKind.SOCIAL_RETURN, 0)));
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.amount()).isEqualTo(Money.ofCents(180_000_00));
    assertThat(second.description().isEmpty()).isTrue();
    assertThat(second.reportedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(spending.all()).hasSize(2).contains(second);
  }

  @Test
  void invalid_spending_lists_every_invalid_field_and_stores_nothing() {
    assertThat(fields(services.reportSpending(AS_MAASOEVER, new ReportSpendingCommand(null, 2014, null, null, null))))
        .containsExactly("provider:required", "year:out_of_range", "kind:required", "amount:required");
    assertThat(fields(services.reportSpending(AS_MAASOEVER, new ReportSpendingCommand(MAASOEVER, 2027,
        SpendingKind.TRANSFORMATION, Money.ofCents(-1), Option.some("\t")))))
        .containsExactly("year:in_the_future", "amount:negative", "description:blank");
    assertThat(fields(services.reportSpending(AS_MAASOEVER, new ReportSpendingCommand(MAASOEVER, 10_000,
        SpendingKind.TRANSFORMATION, Money.ZERO, Option.some("y".repeat(501))))))
        .containsExactly("year:out_of_range", "year:in_the_future", "description:too_long");
    assertThat(spending.all()).isEmpty();
  }

  @Test
  void a_provider_declares_quality_compliance_and_may_declare_again() {
    QualityDeclaration first = Results.right(services.declareQualityCompliance(AS_MAASOEVER,
        new DeclareQualityComplianceCommand(MAASOEVER, 2025, Option.some("Zie kwaliteitsverslag 2025"))));
    QualityDeclaration again = Results.right(services.declareQualityCompliance(AS_MAASOEVER,
        new DeclareQualityComplianceCommand(MAASOEVER, 2025, Option.none())));
    assertThat(first.statement()).isEqualTo(Option.some("Zie kwaliteitsverslag 2025"));
    assertThat(again.version()).isEqualTo(2);
    assertThat(declarations.all()).containsExactly(again);
    assertThat(fields(services.declareQualityCompliance(AS_MAASOEVER, new DeclareQualityComplianceCommand(null, 2027,
        Option.some(""))))).containsExactly("provider:required", "year:in_the_future", "statement:blank");
    assertThat(declarations.all()).containsExactly(again);
  }

  // --- evaluation

  /** Maasoever's 2025: €100,000.00 turnover, 2 refusals of 100 asked, a late calamity report, a declaration. */
  private void maasoever2025() {
    turnover.set(MAASOEVER, 2025, Money.ofCents(100_000_00));
    activity.setAssignmentsReceived(MAASOEVER, 2025, 98);
    clock.set(LocalDate.of(2025, 12, 31));
    Results.right(services.recordRefusal(AS_MAASOEVER, refusal(MAASOEVER, LocalDate.of(2025, 3, 3))));
    Results.right(services.recordRefusal(AS_MAASOEVER, refusal(MAASOEVER, LocalDate.of(2025, 9, 9))));
    clock.set(LocalDate.of(2026, 1, 20));
    Results.right(services.reportSpending(AS_MAASOEVER, spent(MAASOEVER, 2025, SpendingKind.TRANSFORMATION, 1_500_00)));
    Results.right(services.declareQualityCompliance(AS_MAASOEVER, new DeclareQualityComplianceCommand(MAASOEVER, 2025,
        Option.none())));
    events.add(MAASOEVER, ReportableEvent.reported(ReportableEventKind.CALAMITY, LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 12)));
    events.add(MAASOEVER, ReportableEvent.reported(ReportableEventKind.SUPERVISION_MEASURE, LocalDate.of(2025, 8, 1),
        LocalDate.of(2025, 8, 4)));
    findings.add(MAASOEVER, 2025, new QualityFinding(LocalDate.of(2025, 10, 1), false));
    clock.set(LocalDate.of(2026, 2, 1));
  }

  @Test
  void every_obligation_is_evaluated_as_of_today() {
    maasoever2025();
    ObligationEvaluations all = Results.right(services.evaluateObligations(Actor.region(),
        new EvaluateObligationsQuery(MAASOEVER, 2025)));
    assertThat(all.provider()).isEqualTo(MAASOEVER);
    assertThat(all.year()).isEqualTo(2025);
    assertThat(all.asOf()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(all.evaluations().map(ObligationEvaluation::kind)).containsExactly(ObligationKind.values());

    ObligationEvaluation acceptance = all.of(ObligationKind.ACCEPTANCE);
    assertThat(acceptance.status()).isEqualTo(EvaluationStatus.SHORTFALL);
    assertThat(acceptance.details()).isEqualTo(new ObligationEvaluation.Acceptance(2, 98, 200, 0));

    ObligationEvaluation transformation = all.of(ObligationKind.TRANSFORMATION);
    assertThat(transformation.status()).isEqualTo(EvaluationStatus.SHORTFALL);
    assertThat(transformation.shortfall()).isEqualTo(Option.some(Money.ofCents(500_00)));

    ObligationEvaluation socialReturn = all.of(ObligationKind.SOCIAL_RETURN);
    assertThat(socialReturn.status()).isEqualTo(EvaluationStatus.PENDING);
    assertThat(socialReturn.dueOn()).isEqualTo(LocalDate.of(2026, 4, 1));

    assertThat(all.of(ObligationKind.QUALITY_FRAMEWORK).status()).isEqualTo(EvaluationStatus.COMPLIANT);
    ObligationEvaluation reporting = all.of(ObligationKind.REPORTING);
    assertThat(reporting.status()).isEqualTo(EvaluationStatus.SHORTFALL);
    assertThat(reporting.details()).isEqualTo(new ObligationEvaluation.Reporting(2, 1, 1, 0, 0));
  }

  @Test
  void after_the_deadline_a_missing_report_is_owed_in_full_and_a_finding_overrules_the_declaration() {
    maasoever2025();
    findings.add(MAASOEVER, 2025, new QualityFinding(LocalDate.of(2026, 3, 15), true));
    clock.set(LocalDate.of(2026, 4, 2));
    ObligationEvaluations all = Results.right(services.evaluateObligations(Actor.supervisor(),
        new EvaluateObligationsQuery(MAASOEVER, 2025)));
    assertThat(all.of(ObligationKind.SOCIAL_RETURN).shortfall()).isEqualTo(Option.some(Money.ofCents(5_000_00)));
    assertThat(all.of(ObligationKind.QUALITY_FRAMEWORK).status()).isEqualTo(EvaluationStatus.SHORTFALL);
  }

  @Test
  void the_current_year_is_not_yet_due() {
    ObligationEvaluations all = Results.right(services.evaluateObligations(AS_LINDEHOF,
        new EvaluateObligationsQuery(LINDEHOF, 2026)));
    assertThat(all.evaluations().map(ObligationEvaluation::status)).containsOnly(EvaluationStatus.NOT_YET_DUE);
  }

  @Test
  void readers_evaluate_every_provider_and_a_provider_only_itself() {
    maasoever2025();
    ObligationEvaluations own = Results.right(services.evaluateObligations(AS_MAASOEVER,
        new EvaluateObligationsQuery(MAASOEVER, 2025)));
    for (Actor reader : READERS) {
      assertThat(Results.right(services.evaluateObligations(reader, new EvaluateObligationsQuery(MAASOEVER, 2025))))
          .isEqualTo(own);
    }
    Results.left(services.evaluateObligations(AS_LINDEHOF, new EvaluateObligationsQuery(MAASOEVER, 2025)),
        CommonError.NotFound.class);
    Results.left(services.evaluateObligations(Actor.region(), new EvaluateObligationsQuery(UNREGISTERED, 2025)),
        CommonError.NotFound.class);
    assertThat(fields(services.evaluateObligations(Actor.region(), new EvaluateObligationsQuery(null, 10_000))))
        .containsExactly("provider:required", "year:out_of_range");
    assertThat(((InvalidInput) Results.leftOfKind(services.evaluateObligations(Actor.region(), null), ErrorKind.INVALID_INPUT))
        .errors()).containsExactly(new FieldError("query", "required", "is required"));
  }
}
