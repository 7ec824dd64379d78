package nl.wmokader.examples.demo;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.port.in.DefineProductCommand;
import nl.wmokader.core.catalogue.port.in.ReviseProductCommand;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffCommand;
import nl.wmokader.core.contracting.domain.ChamberOfCommerceNumber;
import nl.wmokader.core.contracting.domain.ClaimMomentKind;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.ConditionCode;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.IndexationRate;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.contracting.port.in.ActivateContractCommand;
import nl.wmokader.core.contracting.port.in.AdmitApplicationCommand;
import nl.wmokader.core.contracting.port.in.ApplyForAdmissionCommand;
import nl.wmokader.core.contracting.port.in.ClaimMomentsInput;
import nl.wmokader.core.contracting.port.in.ContactInput;
import nl.wmokader.core.contracting.port.in.DecideOnClientStopRequestCommand;
import nl.wmokader.core.contracting.port.in.IndexTariffCommand;
import nl.wmokader.core.contracting.port.in.RegisterProviderCommand;
import nl.wmokader.core.contracting.port.in.RequestClientStopCommand;
import nl.wmokader.core.contracting.port.in.SetClaimMomentsCommand;
import nl.wmokader.core.contracting.port.in.SetLotTariffCommand;
import nl.wmokader.core.contracting.port.in.SetWaitingTimeNormCommand;
import nl.wmokader.core.contracting.port.in.SubmitEvidenceCommand;
import nl.wmokader.core.contracting.port.in.SuspendContractCommand;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.IndicationStatus;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.CompleteAssessmentCommand;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.indication.port.in.FileObjectionCommand;
import nl.wmokader.core.indication.port.in.GrantTerms;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.ListOverdueQuery;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartCommand;
import nl.wmokader.core.indication.port.in.ReportDeliveryStopCommand;
import nl.wmokader.core.indication.port.in.ReportNeedCommand;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.obligations.domain.ObligationEvaluation;
import nl.wmokader.core.obligations.domain.ObligationKind;
import nl.wmokader.core.obligations.domain.SpendingKind;
import nl.wmokader.core.obligations.port.in.DeclareQualityComplianceCommand;
import nl.wmokader.core.obligations.port.in.EvaluateObligationsQuery;
import nl.wmokader.core.obligations.port.in.ListDormantContractsQuery;
import nl.wmokader.core.obligations.port.in.RecordRefusalCommand;
import nl.wmokader.core.obligations.port.in.ReportSpendingCommand;
import nl.wmokader.core.region.domain.RegionError;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.region.port.in.RecordInhabitantsCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.PageRequest;

/**
 * Writes the demo data through the use cases of a {@link WmoKader} over the service's own
 * repositories, never by SQL, so that every rule of the core holds for it. The facade it seeds
 * through has a {@link StepClock} set to the day of each step and name-based identifiers: the
 * same demo day gives the same data, identifiers included.
 *
 * <p>After the cases come the providers' monthly claims over the last twelve closed months, two
 * recoveries and the members' budgets ({@link DemoClaims}), supervision's signals, calamities and
 * investigations ({@link DemoSupervision}), then the providers' accounts under their
 * obligations ({@link DemoObligations}): refusals, spending reports sized on the turnover the
 * claims produced, and quality declarations, each by the provider's own staff. Last, the proactive
 * selection as of the demo day (nothing stored).
 *
 * <p>Dates are planned back from the demo day: the day of the first start, but no later than
 * {@link #LAST_DEMO_DAY}, so that granted care stays inside the 2026-2028 contracts.
 */
public final class DemoSeeder {
  /** How many clients the demo has; about one in fifteen has a second case. */
  public static final int CLIENTS = 300;
  /** The latest demo day: later starts plan their data as if on this day. */
  public static final LocalDate LAST_DEMO_DAY = LocalDate.of(2028, 9, 30);
  /** The earliest day a demo can be planned on: two months into the contracts. */
  public static final LocalDate EARLIEST_DEMO_DAY = LocalDate.of(2026, 3, 1);
  /** No report lies before this day. */
  public static final LocalDate FIRST_REPORT_DAY = LocalDate.of(2026, 1, 5);
  /** The contracted providers applied for admission on this day, with their evidence. */
  public static final LocalDate APPLICATION_DAY = LocalDate.of(2025, 9, 1);
  /** ... were admitted on this day ... */
  public static final LocalDate ADMISSION_DAY = LocalDate.of(2025, 10, 15);
  /** ... and activated on this day, with own tariffs, the 2027 indexation, claim moments and norms agreed. */
  public static final LocalDate ACTIVATION_DAY = LocalDate.of(2025, 12, 1);
  /** Every demo contract's waiting-time norm: at most two weeks from assignment to start of delivery. */
  public static final int WAITING_DAYS = 14;
  /** The 2027 indexation of the own tariffs: 3.2%. */
  public static final IndexationRate INDEXATION_2027 = IndexationRate.ofBasisPoints(320);

  private static final Actor REGION = Actor.region();

  private final BiFunction<Clock, IdGenerator, WmoKader> facades;
  private final ZoneId zone;

  /**
   * @param facades builds a facade over the service's repositories with the given clock and
   *     identifier generator
   * @param zone the zone of "today", as the service's clock has it
   */
  public DemoSeeder(BiFunction<Clock, IdGenerator, WmoKader> facades, ZoneId zone) {
    this.facades = requireNonNull(facades, "facades");
    this.zone = requireNonNull(zone, "zone");
  }

  /** The day the demo is planned on when started on {@code today}. */
  public static LocalDate demoDay(LocalDate today) {
    if (today.isBefore(EARLIEST_DEMO_DAY)) {
      throw new IllegalStateException("the demo data is planned inside the 2026-2028 contracts and needs a "
          + "clock on or after " + EARLIEST_DEMO_DAY + "; this one says " + today);
    }
    return today.isAfter(LAST_DEMO_DAY) ? LAST_DEMO_DAY : today;
  }

  /**
   * Seeds the demo data unless a region is already defined (a database seeded before, or one the
   * user filled): then nothing is written and none is returned.
   *
   * @throws IllegalStateException when a use case refuses a step (a fault of the demo plan), naming
   *     the step and the error code, never personal data
   */
  public Option<DemoSummary> seedIfAbsent(LocalDate today) {
    LocalDate demoDay = demoDay(today);
    StepClock clock = new StepClock(zone, demoDay);
    WmoKader wmo = facades.apply(clock, new NameBasedIds());
    Either<DomainError, ?> region = wmo.region().getRegion().getRegion(REGION);
    if (region.isRight()) {
      return Option.none();
    }
    if (!(region.getLeft() instanceof RegionError.NotDefined)) {
      throw refused("read the region", region.getLeft());
    }
    return Option.some(new Run(wmo, clock, demoDay).seed());
  }

  /** One seeding: the facade, its clock and the tallies. */
  private static final class Run {
    private final WmoKader wmo;
    private final StepClock clock;
    private final LocalDate demoDay;
    private final Map<AgbCode, ContractId> contracts = new LinkedHashMap<>();
    private final Map<IndicationStatus, Integer> cases = new EnumMap<>(IndicationStatus.class);
    private int objections;
    private int assignments;
    private int deliveries;
    private int deliveriesEnded;
    private final DemoObligations plan;
    private final DemoSurvey survey;
    private int refusals;
    private int spendingReports;
    private int qualityDeclarations;

    Run(WmoKader wmo, StepClock clock, LocalDate demoDay) {
      this.wmo = wmo;
      this.clock = clock;
      this.demoDay = demoDay;
      this.plan = new DemoObligations(demoDay);
      this.survey = new DemoSurvey(wmo, clock, demoDay);
      for (IndicationStatus s : IndicationStatus.values()) {
        cases.put(s, 0);
      }
    }

    DemoSummary seed() {
      region();
      catalogue();
      providers();
      List<Bsn> clients = TestRangeBsns.first(CLIENTS);
      DemoCases plans = new DemoCases(demoDay, FIRST_REPORT_DAY);
      for (int i = 0; i < clients.size(); i++) {
        run(plans.first(i, clients.get(i)));
        plans.second(i, clients.get(i)).forEach(this::run);
      }
      DemoSummary.Settlement settlement = new DemoClaims(wmo, clock, demoDay).seed();
      DemoSupervision supervision = new DemoSupervision(wmo, clock, demoDay);
      DemoSummary.Supervision supervised = supervision.seed();
      clientStop();
      suspension();
      applicants();
      idle();
      obligations();
      // The selection last: after the suspension, which makes that provider no candidate.
      supervised = supervised.withSelected(supervision.select().providers().map(AgbCode::value).toJavaList());
      clock.set(demoDay);
      long dormant = ok("list dormant contracts", wmo.obligations().listDormantContracts().listDormantContracts(REGION,
          new ListDormantContractsQuery(PageRequest.first()))).total();
      long overdue = ok("list overdue steps",
          wmo.indication().listOverdue().listOverdue(REGION, ListOverdueQuery.all(PageRequest.first()))).total();
      return new DemoSummary(demoDay, DemoRegion.MEMBERS.size(), DemoCatalogue.PRODUCTS.size(),
          DemoProviders.PROVIDERS.size() + DemoProviders.APPLICANTS.size() + 1, contracts.size(),
          DemoProviders.APPLICANTS.size(), 1, clients.size(), cases, objections, assignments, deliveries, deliveriesEnded, overdue,
          new DemoSummary.Obligations(plan.years().toJavaList(), refusals, spendingReports, qualityDeclarations, dormant),
          settlement, supervised, survey.summary());
    }

    private void region() {
      clock.set(demoDay);
      ok("define the region", wmo.region().defineRegion().defineRegion(REGION,
          new DefineRegionCommand(DemoRegion.NAME, DemoRegion.MEMBERS)));
      DemoRegion.INHABITANTS.forEach(c -> ok("record inhabitants", wmo.region().recordInhabitants().recordInhabitants(REGION,
          new RecordInhabitantsCommand(c.municipality(), c.referenceDate(), c.inhabitants()))));
    }

    private void catalogue() {
      LocalDate start = DemoCatalogue.CATALOGUE_START;
      for (DemoCatalogue.DemoProduct p : DemoCatalogue.PRODUCTS) {
        ok("define a product", wmo.catalogue().defineProduct().defineProduct(REGION, new DefineProductCommand(p.code(),
            p.category(), p.name(), p.unit(), p.variant(), Option.some(p.frequency()), start, Option.none(),
            Option.none())));
        tariff(p, p.cents2024(), start, Option.some(start.plusYears(1).minusDays(1)));
        tariff(p, p.cents2025(), start.plusYears(1), Option.some(start.plusYears(2).minusDays(1)));
        tariff(p, p.cents2026(), start.plusYears(2), Option.none());
      }
      DemoCatalogue.DemoProduct revised = DemoCatalogue.product(DemoCatalogue.REVISED);
      ok("revise a product", wmo.catalogue().reviseProduct().reviseProduct(REGION, new ReviseProductCommand(revised.code(),
          Option.some(revised.category()), DemoCatalogue.REVISED_NAME, revised.unit(), revised.variant(),
          Option.some(revised.frequency()), DemoCatalogue.REVISED_FROM, Option.none())));
    }

    private void tariff(DemoCatalogue.DemoProduct p, long cents, LocalDate from, Option<LocalDate> until) {
      ok("set a reference tariff", wmo.catalogue().setReferenceTariff().setReferenceTariff(REGION,
          new SetReferenceTariffCommand(p.code(), Money.ofCents(cents), from, until)));
    }

    /**
     * The open-house path for each contracted provider: registration and application with its
     * evidence, admission, activation; then the terms the region agrees before the period starts:
     * own tariffs, the 2027 indexation of one of them, claim moments of output-based lots, the norm.
     */
    private void providers() {
      DateRange period = DemoProviders.CONTRACT_PERIOD;
      for (DemoProviders.DemoProvider p : DemoProviders.PROVIDERS) {
        clock.set(APPLICATION_DAY);
        ContractId id = application(p, List.of(ConditionCode.QUALITY_FRAMEWORK_DECLARATION, ConditionCode.CERTIFICATE,
            ConditionCode.INSURANCE, ConditionCode.CONDUCT_CERTIFICATE));
        clock.set(ADMISSION_DAY);
        ok("admit an application", wmo.contracting().admitApplication().admitApplication(REGION, new AdmitApplicationCommand(id)));
        clock.set(ACTIVATION_DAY);
        ok("activate a contract", wmo.contracting().activateContract().activateContract(REGION, new ActivateContractCommand(id)));
        ok("agree a waiting-time norm", wmo.contracting().setWaitingTimeNorm().setWaitingTimeNorm(REGION,
            new SetWaitingTimeNormCommand(id, WAITING_DAYS)));
        for (DemoProviders.DemoLot lot : p.lots()) {
          lot.ownTariff().forEach(tariff -> ok("agree an own tariff", wmo.contracting().setLotTariff().setLotTariff(REGION,
              new SetLotTariffCommand(id, lot.product(), period.start(), tariff))));
          if (p.agb().equals(DemoProviders.INDEXED) && lot.ownTariff().isDefined()) {
            ok("index a tariff", wmo.contracting().indexTariff().indexTariff(REGION, new IndexTariffCommand(id, lot.product(),
                LocalDate.of(2027, 1, 1), INDEXATION_2027)));
          }
          if (DemoCatalogue.product(lot.product()).variant() == ExecutionVariant.OUTPUT_BASED) {
            ok("agree claim moments", wmo.contracting().setClaimMoments().setClaimMoments(REGION, new SetClaimMomentsCommand(id,
                lot.product(), period.start(), claimMoments(lot))));
          }
        }
        contracts.put(p.agb(), id);
      }
    }

    /** A manual wheelchair is claimed once delivered; an electric one at delivery and at its first-year service. */
    private ClaimMomentsInput claimMoments(DemoProviders.DemoLot lot) {
      return lot.product().equals(DemoCatalogue.WHEELCHAIR_ELECTRIC)
          ? new ClaimMomentsInput(ClaimMomentKind.PER_MILESTONE, null, List.of("Levering", "Onderhoudsbeurt na een jaar"))
          : new ClaimMomentsInput(ClaimMomentKind.END_OF_TRAJECTORY, null, List.empty());
    }

    /** Registers {@code p}, applies for its products in 2026-2028 and submits evidence for {@code conditions}. */
    private ContractId application(DemoProviders.DemoProvider p, List<ConditionCode> conditions) {
      AgbCode agb = p.agb();
      ok("register a provider", wmo.contracting().registerProvider().registerProvider(REGION, new RegisterProviderCommand(agb, p.name(),
          ChamberOfCommerceNumber.of(DemoProviders.chamberOfCommerce(agb)),
          agb.value().endsWith("1") ? List.of(ProviderDeliveryForm.IN_KIND, ProviderDeliveryForm.PERSONAL_BUDGET)
              : List.of(ProviderDeliveryForm.IN_KIND),
          new ContactInput("Contactpersoon toezicht " + agb.value().substring(6) + " (fictief)",
              "toezicht" + agb.value().substring(6) + "@aanbieder.example", "+31 412 000 0" + agb.value().substring(6)))));
      Actor provider = Actor.provider(agb);
      Contract applied = ok("apply for admission", wmo.contracting().applyForAdmission().applyForAdmission(provider,
          new ApplyForAdmissionCommand(agb, DemoProviders.CONTRACT_PERIOD, p.lots().map(DemoProviders.DemoLot::product))));
      for (ConditionCode condition : conditions) {
        Option<LocalDate> expires = condition.equals(ConditionCode.QUALITY_FRAMEWORK_DECLARATION) ? Option.none()
            : condition.equals(ConditionCode.INSURANCE) && agb.equals(DemoProviders.EXPIRING_INSURANCE)
                ? Option.some(demoDay.plusWeeks(3))
                : Option.some(DemoProviders.CONTRACT_PERIOD.end().get());
        ok("submit evidence", wmo.contracting().submitEvidence().submitEvidence(provider, new SubmitEvidenceCommand(applied.id(), condition,
            condition.value().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + agb.value() + " (fictief)",
            LocalDate.of(2025, 1, 1), expires)));
      }
      return applied.id();
    }

    /** The provider that lacks staff asks for a client stop of three months from next week on; the region consents. */
    private void clientStop() {
      clock.set(demoDay);
      LocalDate from = demoDay.plusWeeks(1);
      ContractId id = contracts.get(DemoProviders.CLIENT_STOP);
      Contract requested = ok("request a client stop", wmo.contracting().requestClientStop().requestClientStop(
          Actor.provider(DemoProviders.CLIENT_STOP), new RequestClientStopCommand(id,
              DateRange.of(from, from.plusMonths(3).minusDays(1)), "Personeelstekort: geen nieuwe cliënten (fictief)")));
      ok("consent to a client stop", wmo.contracting().decideOnClientStopRequest().decideOnClientStopRequest(REGION,
          new DecideOnClientStopRequestCommand(id, requested.clientStopRequests().last().id(), true)));
    }

    /** One provider's contract is suspended on quality signals, after its clients were assigned. */
    private void suspension() {
      clock.set(demoDay);
      ok("suspend a contract", wmo.contracting().suspendContract().suspendContract(REGION,
          new SuspendContractCommand(contracts.get(DemoProviders.SUSPENDED), ClientStopReason.QUALITY_SIGNALS)));
    }

    /** Two providers applied for 2026-2028 ten days before the demo day; one has not given all evidence yet. */
    private void applicants() {
      clock.set(demoDay.minusDays(10));
      for (DemoProviders.DemoProvider p : DemoProviders.APPLICANTS) {
        List<ConditionCode> given = List.of(ConditionCode.QUALITY_FRAMEWORK_DECLARATION, ConditionCode.CERTIFICATE,
            ConditionCode.INSURANCE, ConditionCode.CONDUCT_CERTIFICATE);
        contracts.put(p.agb(), application(p, p.agb().equals(DemoProviders.INCOMPLETE_APPLICANT)
            ? given.remove(ConditionCode.CONDUCT_CERTIFICATE) : given));
      }
    }

    /** The provider that never gets a client: admitted and activated with the others, so its contract falls dormant. */
    private void idle() {
      DemoProviders.DemoProvider p = DemoProviders.IDLE;
      clock.set(APPLICATION_DAY);
      ContractId id = application(p, List.of(ConditionCode.QUALITY_FRAMEWORK_DECLARATION, ConditionCode.CERTIFICATE,
          ConditionCode.INSURANCE, ConditionCode.CONDUCT_CERTIFICATE));
      clock.set(ADMISSION_DAY);
      ok("admit an application", wmo.contracting().admitApplication().admitApplication(REGION, new AdmitApplicationCommand(id)));
      clock.set(ACTIVATION_DAY);
      ok("activate a contract", wmo.contracting().activateContract().activateContract(REGION, new ActivateContractCommand(id)));
      ok("agree a waiting-time norm", wmo.contracting().setWaitingTimeNorm().setWaitingTimeNorm(REGION,
          new SetWaitingTimeNormCommand(id, WAITING_DAYS)));
      ok("agree claim moments", wmo.contracting().setClaimMoments().setClaimMoments(REGION, new SetClaimMomentsCommand(id,
          p.lots().head().product(), DemoProviders.CONTRACT_PERIOD.start(), claimMoments(p.lots().head()))));
      contracts.put(p.agb(), id);
    }

    /**
     * What the providers account for under their obligations, year by year, each step by the
     * provider's own staff on its own day: refusals, spending reports, quality declarations.
     */
    private void obligations() {
      for (int year : plan.years()) {
        for (DemoObligations.Accounts a : DemoObligations.ACCOUNTS) {
          Actor staff = Actor.provider(a.provider());
          for (DemoObligations.PlannedRefusal r : plan.refusals(a, year)) {
            clock.set(r.refusedOn());
            ok("record a refusal", wmo.obligations().recordRefusal().recordRefusal(staff,
                new RecordRefusalCommand(a.provider(), r.refusedOn(), r.reason(), r.explanation())));
            refusals++;
          }
          clock.set(plan.reportedOn(a, year));
          Money turnover = a.transformationBasisPoints().isDefined() || a.socialReturnBasisPoints().isDefined()
              ? turnover(a.provider(), year) : Money.ZERO;
          a.transformationBasisPoints().forEach(bp -> spending(staff, a, year, turnover, SpendingKind.TRANSFORMATION, bp,
              "Inzet op preventie en algemene voorzieningen in de wijk (fictief)"));
          a.socialReturnBasisPoints().forEach(bp -> spending(staff, a, year, turnover, SpendingKind.SOCIAL_RETURN, bp,
              "Leerwerkplekken en inkoop bij een sociale onderneming (fictief)"));
          if (a.declares()) {
            clock.set(plan.declaredOn(a, year));
            ok("declare quality compliance", wmo.obligations().declareQualityCompliance().declareQualityCompliance(staff,
                new DeclareQualityComplianceCommand(a.provider(), year,
                    Option.some("Kwaliteitskader Wmo " + year + " nageleefd (fictief)"))));
            qualityDeclarations++;
          }
        }
      }
    }

    /** {@code provider}'s turnover in {@code year} so far, as its obligations' evaluation sees it: from the approved claims. */
    private Money turnover(AgbCode provider, int year) {
      ObligationEvaluation transformation = ok("evaluate obligations", wmo.obligations().evaluateObligations().evaluateObligations(
          REGION, new EvaluateObligationsQuery(provider, year))).of(ObligationKind.TRANSFORMATION);
      return ((ObligationEvaluation.Spending) transformation.details()).turnover();
    }

    private void spending(Actor staff, DemoObligations.Accounts a, int year, Money turnover, SpendingKind kind,
        int basisPoints, String description) {
      ok("report spending", wmo.obligations().reportSpending().reportSpending(staff, new ReportSpendingCommand(a.provider(), year,
          kind, DemoObligations.share(turnover, basisPoints), Option.some(description))));
      spendingReports++;
    }

    private void run(DemoCases.PlannedCase c) {
      Actor staff = Actor.municipality(c.responsible());
      Indication indication;
      if (c.reportedOn().isDefined()) {
        clock.set(c.reportedOn().get());
        indication = ok("report a need", wmo.indication().reportNeed().reportNeed(staff,
            new ReportNeedCommand(c.client(), c.responsible(), c.attributedTo(), c.reportedOn().get())));
        if (c.assessedOn().isDefined()) {
          indication = ok("complete an assessment", wmo.indication().completeAssessment().completeAssessment(staff,
              new CompleteAssessmentCommand(indication.id(), on(c.assessedOn().get()))));
        }
        if (c.appliedOn().isDefined()) {
          indication = ok("apply on a case", wmo.indication().submitApplication().submitApplication(staff,
              SubmitApplicationCommand.onCase(indication.id(), on(c.appliedOn().get()))));
        }
      } else {
        indication = ok("apply without a report", wmo.indication().submitApplication().submitApplication(staff,
            SubmitApplicationCommand.withoutReport(c.client(), c.responsible(), c.attributedTo(),
                on(c.appliedOn().get()))));
      }
      IndicationId id = indication.id();
      if (c.decision().isDefined()) {
        DemoCases.PlannedDecision d = c.decision().get();
        indication = ok("decide on an application", wmo.indication().decideOnApplication().decideOnApplication(staff,
            new DecideOnApplicationCommand(id, on(d.decidedOn()), d.grant(), d.refusalReason())));
        survey.afterDecision(staff, id, c.client(), d.grant().isDefined());
        d.grant().forEach(g -> c.assignment().forEach(a -> assign(staff, id, g, a)));
      }
      if (c.objectionFiledOn().isDefined()) {
        ok("file an objection", wmo.indication().fileObjection().fileObjection(staff,
            new FileObjectionCommand(id, on(c.objectionFiledOn().get()))));
        objections++;
      }
      cases.merge(indication.status(), 1, Integer::sum);
    }

    private void assign(Actor staff, IndicationId indication, GrantTerms grant, DemoCases.PlannedAssignment a) {
      clock.set(a.issuedOn());
      Assignment issued = ok("issue an assignment", wmo.indication().issueAssignment().issueAssignment(staff,
          new IssueAssignmentCommand(indication, a.provider(), AssignmentType.SPECIFIC, grant.product(),
              Option.some(new Volume(grant.quantity(), grant.unit(), grant.frequency())), a.start(), a.end())));
      assignments++;
      if (a.deliveryStart().isDefined()) {
        ok("report the start of delivery", wmo.indication().reportDeliveryStart().reportDeliveryStart(Actor.provider(a.provider()),
            new ReportDeliveryStartCommand(issued.id(), on(a.deliveryStart().get()))));
        deliveries++;
        reportEnd(issued, a);
      }
    }

    /**
     * The provider reports the end of a delivery whose assignment ran out before the demo day (iWmo
     * 307), on its last day, a few days later: mostly as planned, now and then because the client
     * ended it or moved away. On the assignment's last day, so every claim the demo plans up to that
     * day stays valid; monitoring's durations and outflow by reason follow from these stops.
     */
    private void reportEnd(Assignment issued, DemoCases.PlannedAssignment a) {
      if (a.end().isEmpty() || !a.end().get().isBefore(demoDay) || a.end().get().isBefore(a.deliveryStart().get())) {
        return;
      }
      LocalDate last = a.end().get();
      StopReason reason = assignments % 5 == 0 ? StopReason.ENDED_BY_CLIENT
          : assignments % 7 == 0 ? StopReason.MOVED_TO_ANOTHER_MUNICIPALITY : StopReason.ENDED_AS_PLANNED;
      LocalDate reportedOn = last.plusDays(3).isAfter(demoDay) ? demoDay : last.plusDays(3);
      clock.set(reportedOn);
      ok("report the end of delivery", wmo.indication().reportDeliveryStop().reportDeliveryStop(Actor.provider(a.provider()),
          new ReportDeliveryStopCommand(issued.id(), last, reason)));
      deliveriesEnded++;
    }

    /** Sets the clock to {@code day} and answers it: the step happens on its own day. */
    private LocalDate on(LocalDate day) {
      clock.set(day);
      return day;
    }
  }

  static <T> T ok(String step, Either<DomainError, T> result) {
    if (result.isLeft()) {
      throw refused(step, result.getLeft());
    }
    return result.get();
  }

  static IllegalStateException refused(String step, DomainError error) {
    return new IllegalStateException("demo data: " + step + " was refused: " + error.code() + ": " + error.message());
  }

  /**
   * Name-based (type 3) UUIDs from a counter: the n-th identifier of every seeding is the same, so
   * the demo's identifiers are stable across machines and restarts from an empty database.
   */
  static final class NameBasedIds implements IdGenerator {
    private long next;

    @Override
    public UUID next() {
      return UUID.nameUUIDFromBytes(("wmo-kader demo " + next++).getBytes(StandardCharsets.UTF_8));
    }
  }
}
