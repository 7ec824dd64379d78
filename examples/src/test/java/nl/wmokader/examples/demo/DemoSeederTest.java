package nl.wmokader.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.catalogue.port.in.ListProductsQuery;
import nl.wmokader.core.catalogue.port.in.ReferenceTariffQuery;
import nl.wmokader.core.contracting.domain.ClaimMomentKind;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.ClientStopRequestStatus;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.EvidenceAlert;
import nl.wmokader.core.contracting.domain.EvidenceStatus;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.port.in.ListEvidenceAlertsQuery;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationStatus;
import nl.wmokader.core.indication.domain.OverdueItem;
import nl.wmokader.core.indication.domain.OverdueKind;
import nl.wmokader.core.indication.port.in.ListAssignmentsQuery;
import nl.wmokader.core.indication.port.in.ListIndicationsQuery;
import nl.wmokader.core.indication.port.in.ListOverdueQuery;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.obligations.domain.DormantContract;
import nl.wmokader.core.obligations.domain.EvaluationStatus;
import nl.wmokader.core.obligations.domain.ObligationEvaluation;
import nl.wmokader.core.obligations.domain.ObligationEvaluations;
import nl.wmokader.core.obligations.domain.ObligationKind;
import nl.wmokader.core.obligations.domain.Refusal;
import nl.wmokader.core.obligations.port.in.EvaluateObligationsQuery;
import nl.wmokader.core.obligations.port.in.ListDormantContractsQuery;
import nl.wmokader.core.obligations.port.in.ListRefusalsQuery;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.BudgetStatus;
import nl.wmokader.core.settlement.domain.CentralPayment;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.settlement.port.in.ListClaimsQuery;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.supervision.application.InvestigationServices;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.CalamityStatus;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.InvestigationTrigger;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.domain.SelectionReason;
import nl.wmokader.core.supervision.domain.SelectionResult;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalSource;
import nl.wmokader.core.supervision.domain.SignalStatus;
import nl.wmokader.core.supervision.domain.Verdict;
import nl.wmokader.core.supervision.port.in.ListCalamitiesQuery;
import nl.wmokader.core.supervision.port.in.ListInvestigationsQuery;
import nl.wmokader.core.supervision.port.in.ListSignalsQuery;
import nl.wmokader.core.supervision.port.in.OverdueImprovementPoint;
import nl.wmokader.core.supervision.port.in.SelectProactiveCommand;
import org.junit.jupiter.api.Test;

/**
 * The demo data over the in-memory adapters: fast, and the same use cases the service seeds
 * through, so every rule the core enforces held for every step.
 */
class DemoSeederTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  private static final Actor REGION = Actor.region();

  /** The adapters seeded on {@code today}, and what the seeder reported. */
  private record Seeded(InMemoryAdapters adapters, Option<DemoSummary> summary, LocalDate today) {
    WmoKader wmo() {
      return wmoOn(today);
    }

    /** A facade whose today is {@code day}: turnover and approved claims come from the seeded claims. */
    WmoKader wmoOn(LocalDate day) {
      return adapters.builder().clock(Clock.fixed(day.atTime(LocalTime.NOON).atZone(ZONE).toInstant(), ZONE))
          .ids(UUID::randomUUID).build();
    }

    /** Provider number -> status of {@code kind} for {@code year}, evaluated on {@code day}. */
    Map<Integer, EvaluationStatus> statuses(int year, ObligationKind kind, LocalDate day) {
      WmoKader wmo = wmoOn(day);
      Map<Integer, EvaluationStatus> statuses = new TreeMap<>();
      for (DemoObligations.Accounts a : DemoObligations.ACCOUNTS) {
        statuses.put(Integer.parseInt(a.provider().value().substring(6)), wmo.obligations().evaluateObligations()
            .evaluateObligations(REGION, new EvaluateObligationsQuery(a.provider(), year)).get().of(kind).status());
      }
      return statuses;
    }

    List<DormantContract> dormantOn(LocalDate day) {
      return List.ofAll(wmoOn(day).obligations().listDormantContracts().listDormantContracts(REGION,
          new ListDormantContractsQuery(PageRequest.first())).get().items());
    }

    List<Indication> indications() {
      return List.ofAll(wmo().indication().listIndications().listIndications(REGION,
          new ListIndicationsQuery(new PageRequest(0, PageRequest.MAX_SIZE))).get().items());
    }

    /** Every stored claim, with its answers, in list order. */
    List<Claim> claims() {
      WmoKader wmo = wmo();
      List<Claim> all = List.empty();
      for (int page = 0; ; page++) {
        var found = wmo.settlement().listClaims().listClaims(REGION, new ListClaimsQuery(Option.none(), Option.none(), Option.none(),
            new PageRequest(page, PageRequest.MAX_SIZE))).get();
        all = all.appendAll(found.items().map(c -> wmo.settlement().getClaim().getClaim(REGION, c.id()).get()));
        if (found.items().isEmpty() || all.size() >= found.total()) {
          return all;
        }
      }
    }

    List<Signal> signals() {
      return List.ofAll(wmo().supervision().listSignals().listSignals(REGION,
          new ListSignalsQuery(Option.none(), new PageRequest(0, PageRequest.MAX_SIZE))).get().items());
    }

    List<Calamity> calamities() {
      return List.ofAll(wmo().supervision().listCalamities().listCalamities(REGION,
          new ListCalamitiesQuery(Option.none(), new PageRequest(0, PageRequest.MAX_SIZE))).get().items());
    }

    List<Investigation> investigations() {
      return List.ofAll(wmo().supervision().listInvestigations().listInvestigations(REGION,
          new ListInvestigationsQuery(Option.none(), new PageRequest(0, PageRequest.MAX_SIZE))).get().items());
    }

    Investigation investigationOf(AgbCode provider) {
      return investigations().filter(i -> i.provider().equals(provider)).single();
    }

    List<Assignment> assignments() {
      return List.ofAll(wmo().indication().listAssignments().listAssignments(REGION,
          ListAssignmentsQuery.all(new PageRequest(0, PageRequest.MAX_SIZE))).get().items());
    }
  }

  private static Seeded seed(InMemoryAdapters adapters, LocalDate today) {
    DemoSeeder seeder = new DemoSeeder((clock, ids) -> adapters.builder().clock(clock).ids(ids).build(), ZONE);
    return new Seeded(adapters, seeder.seedIfAbsent(today), today);
  }

  private static Seeded seed(LocalDate today) {
    return seed(new InMemoryAdapters(), today);
  }

  @Test
  void seeds_the_reference_region_with_its_five_members_and_their_inhabitants() {
    Region region = seed(DAY).wmo().region().getRegion().getRegion(REGION).get();
    assertThat(region.name()).isEqualTo("Brabant Noordoost-Oost");
    assertThat(region.members().map(Member::name))
        .containsExactly("Oss", "Bernheze", "Boekel", "Land van Cuijk", "Maashorst");
    assertThat(region.members().map(m -> m.code().value())).containsExactly("0828", "1721", "0755", "1982", "1991");
    assertThat(region.central().name()).isEqualTo("Oss");
    assertThat(region.inhabitantCounts().map(c -> c.municipality().value() + "@" + c.referenceDate() + "=" + c.inhabitants()))
        .containsExactlyInAnyOrder("0828@2024-01-01=94643", "1721@2024-01-01=32521", "0755@2024-01-01=11302",
            "1982@2024-01-01=91000", "1991@2023-01-01=58936");
  }

  @Test
  void seeds_a_fictional_catalogue_with_reference_tariffs_for_2024_2025_and_2026_on() {
    WmoKader wmo = seed(DAY).wmo();
    List<ProductVersion> products = List.ofAll(wmo.catalogue().listProducts().listProducts(REGION, ListProductsQuery.today()).get().items());
    assertThat(products).hasSize(12);
    assertThat(products.map(p -> p.category().code()).distinct()).containsExactlyInAnyOrder("01", "02", "03", "07", "11", "15");
    assertThat(products).allSatisfy(p -> assertThat(p.name()).endsWith("(demo)"));
    for (ProductVersion p : products) {
      List<Long> cents = List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2028, 6, 1))
          .map(d -> wmo.catalogue().findReferenceTariff().findReferenceTariff(REGION, new ReferenceTariffQuery(p.code(), d)).get().get().cents());
      assertThat(cents.toJavaList()).as(p.code().value()).isSorted().doesNotHaveDuplicates();
    }
    assertThat(wmo.catalogue().getProduct().getProduct(REGION, DemoCatalogue.REVISED).get().versions()).hasSize(2);
  }

  @Test
  void seeds_fifteen_fictional_providers_thirteen_admitted_and_two_applied() {
    Seeded seeded = seed(DAY);
    List<Provider> providers = List.ofAll(seeded.wmo().contracting().listProviders().listProviders(REGION,
        new PageRequest(0, 100)).get().items());
    assertThat(providers).hasSize(15).allSatisfy(p -> {
      assertThat(p.name()).endsWith("(fictief)");
      assertThat(p.agb().value()).startsWith("980000");
      assertThat(p.chamberOfCommerce().get().value()).startsWith("990000");
      assertThat(p.supervisionContact()).isNotEmpty();
    });
    DemoSummary summary = seeded.summary().get();
    assertThat(summary.providers()).isEqualTo(15);
    assertThat(summary.contracts()).isEqualTo(15);
    assertThat(summary.applications()).isEqualTo(2);
    List<Contract> contracts = List.ofAll(seeded.adapters().contracts().all());
    assertThat(contracts).allSatisfy(c -> assertThat(c.period()).isEqualTo(DemoProviders.CONTRACT_PERIOD));
    assertThat(contracts.groupBy(Contract::status).mapValues(List::size).toJavaMap())
        .containsOnly(entry(ContractStatus.ACTIVE, 12), entry(ContractStatus.SUSPENDED, 1), entry(ContractStatus.APPLIED, 2));
    Contract suspended = contracts.find(c -> c.provider().equals(DemoProviders.SUSPENDED)).get();
    assertThat(suspended.status()).isEqualTo(ContractStatus.SUSPENDED);
    assertThat(contracts.filter(c -> c.status() != ContractStatus.APPLIED))
        .allSatisfy(c -> {
          assertThat(c.admittedOn()).contains(DemoSeeder.ADMISSION_DAY);
          assertThat(c.waitingTimeNorm().get().maxDays()).isEqualTo(DemoSeeder.WAITING_DAYS);
        });
  }

  @Test
  void the_demo_shows_own_tariffs_an_indexation_claim_moments_a_requested_stop_and_evidence_alerts() {
    Seeded seeded = seed(DAY);
    Contract indexed = seeded.adapters().contracts().findByProvider(DemoProviders.INDEXED).single();
    var household = indexed.lots().find(l -> l.product().equals(DemoCatalogue.HOUSEHOLD)).get();
    assertThat(household.tariffOn(LocalDate.of(2026, 6, 1))).contains(Money.ofCents(34_80));
    // €34.80 × 1.032 = €35.9136 → €35.91
    assertThat(household.tariffOn(LocalDate.of(2027, 6, 1))).contains(Money.ofCents(35_91));

    Contract wheelchairs = seeded.adapters().contracts().findByProvider(DemoProviders.agb(7)).single();
    assertThat(wheelchairs.lots().map(l -> l.claimMoments().get().kind()))
        .containsExactly(ClaimMomentKind.END_OF_TRAJECTORY, ClaimMomentKind.PER_MILESTONE);

    Contract stopped = seeded.adapters().contracts().findByProvider(DemoProviders.CLIENT_STOP).single();
    assertThat(stopped.clientStopRequests().single().status()).isEqualTo(ClientStopRequestStatus.CONSENTED);
    assertThat(stopped.clientStops().single().reason()).isEqualTo(ClientStopReason.PROVIDER_REQUEST);

    var expiring = seeded.wmo().contracting().listEvidenceAlerts().listEvidenceAlerts(REGION,
        new ListEvidenceAlertsQuery(DemoProviders.EXPIRING_INSURANCE, 30)).get();
    assertThat(expiring.map(EvidenceAlert::status)).containsExactly(EvidenceStatus.EXPIRING);
    var incomplete = seeded.wmo().contracting().listEvidenceAlerts().listEvidenceAlerts(REGION,
        new ListEvidenceAlertsQuery(DemoProviders.INCOMPLETE_APPLICANT, 30)).get();
    assertThat(incomplete.map(a -> a.condition().value())).containsExactly("CONDUCT_CERTIFICATE");
  }

  @Test
  void seeds_a_few_hundred_clients_with_cases_in_every_stage_assignments_and_started_deliveries() {
    Seeded seeded = seed(DAY);
    DemoSummary summary = seeded.summary().get();
    List<Indication> cases = seeded.indications();
    List<Assignment> assignments = seeded.assignments();

    assertThat(summary.clients()).isEqualTo(300);
    assertThat(cases.map(Indication::client).distinct()).hasSize(300);
    assertThat(cases).hasSize(summary.cases()).hasSizeGreaterThan(300);
    for (IndicationStatus status : IndicationStatus.values()) {
      long stored = cases.count(i -> i.status() == status);
      assertThat(stored).as(status.name()).isPositive().isEqualTo(summary.casesByStatus().get(status).longValue());
    }
    assertThat(summary.overdue()).as("some steps are overdue").isPositive();
    assertThat(List.ofAll(seeded.wmo().indication().listOverdue().listOverdue(REGION,
            ListOverdueQuery.all(new PageRequest(0, PageRequest.MAX_SIZE))).get().items())
        .map(OverdueItem::kind).distinct()).containsExactlyInAnyOrder(OverdueKind.values());
    assertThat(summary.objections()).isPositive();
    assertThat(cases.count(i -> i.attributedTo().isDefined())).as("sheltered housing, decided centrally").isPositive();
    assertThat(cases.count(Indication::applicationWithoutReport)).isPositive();

    assertThat(assignments).hasSize(summary.assignments());
    assertThat(assignments.count(a -> a.status() == AssignmentStatus.DELIVERING)).isPositive()
        .isEqualTo(summary.deliveriesStarted() - summary.deliveriesEnded()).isLessThan(assignments.size());
    assertThat(assignments.filter(a -> a.stop().isDefined()))
        .as("the deliveries that ended, each on its assignment's last day (so no claim the demo plans lies after it)")
        .hasSize(summary.deliveriesEnded()).isNotEmpty()
        .allMatch(a -> a.validity().end().contains(a.stop().get().date()));
    assertThat(assignments.map(Assignment::provider).distinct()).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void every_decision_is_invited_to_the_survey_most_answer_and_the_results_name_no_client() {
    Seeded seeded = seed(DAY);
    DemoSummary summary = seeded.summary().get();
    List<Indication> cases = seeded.indications();
    long decided = cases.count(i -> i.status() == IndicationStatus.GRANTED || i.status() == IndicationStatus.REFUSED);
    assertThat(summary.survey().invited()).as("one invitation per decision").isEqualTo((int) decided);
    assertThat(summary.survey().answered()).isPositive().isLessThan(summary.survey().invited());
    var results = seeded.wmo().monitoring().surveyResults().surveyResults(Actor.analyst(),
        nl.wmokader.core.monitoring.port.in.SurveyResultsQuery.allTime(nl.wmokader.core.monitoring.domain.Breakdown.OCCASION))
        .get();
    assertThat(results.groups().map(g -> g.group())).contains("granted", "refused");
    assertThat(results.groups().flatMap(g -> g.responses()).sum().intValue()).isLessThanOrEqualTo(summary.survey().answered());
    String shown = results.toString();
    cases.forEach(i -> assertThat(shown).doesNotContain(i.client().value()));
  }

  @Test
  void providers_account_for_2026_refusals_spending_and_quality_and_the_counts_match_the_summary() {
    Seeded seeded = seed(DAY);
    DemoSummary.Obligations summary = seeded.summary().get().obligations();
    assertThat(summary.years()).containsExactly(2026);
    // 2 + 1 + 4 + 3 + 6 refusals by five providers; every one dated on or before the demo day.
    assertThat(summary.refusals()).isEqualTo(16);
    List<Refusal> refusals = DemoObligations.ACCOUNTS.flatMap(a -> seeded.wmo().obligations().listRefusals().listRefusals(REGION,
        new ListRefusalsQuery(a.provider(), 2026)).get());
    assertThat(refusals).hasSize(16).allSatisfy(r -> assertThat(r.refusedOn()).isBeforeOrEqualTo(DAY));
    assertThat(refusals.map(Refusal::provider).distinct()).hasSize(5);
    // Two reports for each of the eleven reporting providers, a declaration by all but one of thirteen.
    assertThat(summary.spendingReports()).isEqualTo(22);
    assertThat(summary.qualityDeclarations()).isEqualTo(12);
    assertThat(summary.dormantContracts()).as("contracts began ten months before the demo day").isZero();
    assertThat(seeded.summary().get().describe())
        .contains("16 refusals, 22 spending reports and 12 quality declarations for 2026, 0 dormant contracts");
  }

  @Test
  void the_2026_evaluations_are_not_yet_due_in_2026_then_show_every_verdict() {
    Seeded seeded = seed(DAY);
    for (ObligationKind kind : ObligationKind.values()) {
      assertThat(seeded.statuses(2026, kind, DAY).values()).as(kind.name()).containsOnly(EvaluationStatus.NOT_YET_DUE);
      assertThat(seeded.statuses(2026, kind, LocalDate.of(2026, 12, 31)).values()).containsOnly(EvaluationStatus.NOT_YET_DUE);
    }
    LocalDate winter = LocalDate.of(2027, 2, 15);
    assertThat(seeded.statuses(2026, ObligationKind.ACCEPTANCE, winter)).containsOnly(
        entry(1, C), entry(2, S), entry(3, C), entry(4, S), entry(5, C), entry(6, C), entry(7, C), entry(8, S),
        entry(9, C), entry(10, C), entry(11, S), entry(12, S), entry(15, C));
    assertThat(seeded.statuses(2026, ObligationKind.TRANSFORMATION, winter)).containsOnly(
        entry(1, C), entry(2, C), entry(3, S), entry(4, C), entry(5, C), entry(6, P), entry(7, C), entry(8, C),
        entry(9, S), entry(10, C), entry(11, S), entry(12, C), entry(15, C));
    assertThat(seeded.statuses(2026, ObligationKind.SOCIAL_RETURN, winter)).containsOnly(
        entry(1, C), entry(2, S), entry(3, C), entry(4, C), entry(5, C), entry(6, P), entry(7, C), entry(8, C),
        entry(9, S), entry(10, C), entry(11, S), entry(12, C), entry(15, C));
    assertThat(seeded.statuses(2026, ObligationKind.QUALITY_FRAMEWORK, winter)).containsOnly(
        entry(1, C), entry(2, C), entry(3, C), entry(4, S), entry(5, P), entry(6, C), entry(7, C), entry(8, C),
        entry(9, C), entry(10, C), entry(11, C), entry(12, C), entry(15, C));
    // Provider 4: a norm not met in supervision's quality investigation; provider 2: a violence incident reported late.
    assertThat(seeded.statuses(2026, ObligationKind.REPORTING, winter)).containsOnly(
        entry(1, C), entry(2, S), entry(3, C), entry(4, C), entry(5, C), entry(6, C), entry(7, C), entry(8, C),
        entry(9, C), entry(10, C), entry(11, C), entry(12, C), entry(15, C));

    // After the 1 April deadline the missing report and declaration are shortfalls; nothing else moves.
    LocalDate spring = LocalDate.of(2027, 4, 2);
    assertThat(seeded.statuses(2026, ObligationKind.TRANSFORMATION, spring))
        .isEqualTo(with(seeded.statuses(2026, ObligationKind.TRANSFORMATION, winter), 6, S));
    assertThat(seeded.statuses(2026, ObligationKind.SOCIAL_RETURN, spring))
        .isEqualTo(with(seeded.statuses(2026, ObligationKind.SOCIAL_RETURN, winter), 6, S));
    assertThat(seeded.statuses(2026, ObligationKind.QUALITY_FRAMEWORK, spring))
        .isEqualTo(with(seeded.statuses(2026, ObligationKind.QUALITY_FRAMEWORK, winter), 5, S));
    assertThat(seeded.statuses(2026, ObligationKind.TRANSFORMATION, LocalDate.of(2027, 4, 1)).get(6)).isEqualTo(P);

    // Provider 9 reported 0.9% of its turnover: short by the rest of the 2% required.
    ObligationEvaluation nine = seeded.wmoOn(spring).obligations().evaluateObligations().evaluateObligations(REGION,
        new EvaluateObligationsQuery(DemoProviders.agb(9), 2026)).get().of(ObligationKind.TRANSFORMATION);
    Money turnover = ((ObligationEvaluation.Spending) nine.details()).turnover();
    assertThat(turnover.isPositive()).isTrue();
    assertThat(nine.shortfall()).contains(turnover.timesFraction(200, 10_000).minus(DemoObligations.share(turnover, 90)));
  }

  @Test
  void providers_claim_each_of_the_last_twelve_closed_months_once_per_member_and_the_summary_counts_it() {
    Seeded seeded = seed(DAY);
    DemoSummary.Settlement summary = seeded.summary().get().settlement();
    List<Claim> claims = seeded.claims();
    assertThat(summary.firstMonth()).isEqualTo(YearMonth.of(2025, 11));
    assertThat(summary.lastMonth()).isEqualTo(YearMonth.of(2026, 10));
    assertThat(claims).hasSize(summary.claims());
    assertThat(claims.map(c -> c.lines().size()).sum().intValue()).isEqualTo(summary.lines());
    assertThat(claims.map(c -> c.rejectedLines().size()).sum().intValue()).isEqualTo(summary.rejectedLines());
    // counted once on this day; a change to the plan shows here
    assertThat(summary.claims()).isEqualTo(350);
    assertThat(summary.lines()).isEqualTo(954);
    assertThat(summary.rejectedLines()).isEqualTo(5);
    assertThat(seeded.summary().get().describe())
        .contains("350 claims for 2025-11 to 2026-10 with 954 lines (5 rejected), 2 recoveries, 5 budgets");

    assertThat(claims.map(c -> List.of(c.provider().value(), c.municipality().value(), c.month().toString())).distinct())
        .as("one claim per provider, member and month").hasSize(claims.size());
    assertThat(claims).allSatisfy(c -> {
      assertThat(c.month()).isBetween(summary.firstMonth(), summary.lastMonth());
      assertThat(c.submittedOn()).isAfter(c.month().atEndOfMonth()).isBeforeOrEqualTo(DAY);
      assertThat(c.lines()).allSatisfy(l -> assertThat(l.line().periodEnd()).isBeforeOrEqualTo(c.month().atEndOfMonth()));
    });
    // The contracts began in 2026 and the first care in late January: every month from then on is claimed.
    assertThat(claims.map(Claim::month).distinct().sorted())
        .containsExactlyElementsOf(List.rangeClosed(1, 10).map(m -> YearMonth.of(2026, m)));
    // Every assignment whose care ran (from delivery start's month, when reported) in those months has a line.
    LocalDate windowEnd = summary.lastMonth().atEndOfMonth();
    var claimed = claims.flatMap(Claim::lines).map(l -> l.line().assignment()).toSet();
    assertThat(seeded.assignments().filter(a -> !a.validity().start().isAfter(windowEnd)
            && a.deliveryStart().forAll(d -> !d.withDayOfMonth(1).isAfter(windowEnd))))
        .isNotEmpty()
        .allSatisfy(a -> assertThat(claimed).as("assignment " + a.id()).contains(a.id()));
  }

  @Test
  void a_handful_of_mistakes_are_answered_with_their_retourcodes() {
    List<Claim> claims = seed(DAY).claims();
    List<Tuple2<AgbCode, AnsweredLine>> rejected = claims.flatMap(c -> c.rejectedLines().map(l -> Tuple.of(c.provider(), l)));
    assertThat(rejected).hasSize(DemoClaims.Mistake.values().length);
    for (DemoClaims.Mistake mistake : DemoClaims.Mistake.values()) {
      assertThat(rejected).as(mistake.name()).anySatisfy(r -> {
        assertThat(r._1).isEqualTo(mistake.provider());
        assertThat(r._2.rejections()).contains(mistake.code());
      });
    }
    assertThat(rejected.flatMap(r -> r._2.answerCodes()).distinct())
        .contains("9321", "9322", "0611", "8021", "9338")
        .doesNotContain(RejectionCode.APPROVED_CODE);
    assertThat(claims.flatMap(Claim::lines).filter(AnsweredLine::isApproved).flatMap(AnsweredLine::answerCodes).distinct())
        .containsExactly(RejectionCode.APPROVED_CODE);
  }

  @Test
  void one_approved_debit_is_credited_and_claimed_again_corrected() {
    List<Claim> claims = seed(DAY).claims();
    List<Claim> withCredit = claims.filter(c -> c.lines().exists(l -> l.line().isCredit()));
    assertThat(withCredit).hasSize(1);
    Claim correcting = withCredit.single();
    assertThat(correcting.provider()).isEqualTo(DemoClaims.CORRECTING);
    AnsweredLine credit = correcting.lines().find(l -> l.line().isCredit()).get();
    AnsweredLine debit = claims.filter(c -> c.provider().equals(correcting.provider()) && c.month().isBefore(correcting.month()))
        .flatMap(Claim::lines)
        .find(l -> l.line().reference().equals(credit.line().previousReference().get())).get();
    AnsweredLine corrected = correcting.lines().find(l -> !l.line().isCredit()
        && l.line().assignment().equals(debit.line().assignment()) && l.line().period().equals(debit.line().period())).get();
    assertThat(List.of(debit, credit, corrected)).allSatisfy(l -> assertThat(l.isApproved()).isTrue());
    assertThat(credit.line().amount()).isEqualTo(debit.line().amount());
    assertThat(corrected.line().volume()).isEqualTo(debit.line().volume() - 1);
    assertThat(corrected.line().amount()).isEqualTo(debit.line().tariff().times(debit.line().volume() - 1));
  }

  @Test
  void every_member_is_charged_recoveries_are_set_off_and_one_member_s_forecast_overspends() {
    Seeded seeded = seed(DAY);
    WmoKader wmo = seeded.wmo();
    YearMonth october = YearMonth.of(2026, 10);
    for (Member m : DemoRegion.MEMBERS) {
      BudgetStatus status = wmo.settlement().getBudgetStatus().getBudgetStatus(REGION, m.code(), 2026).get();
      assertThat(status.closedMonths()).isEqualTo(10);
      assertThat(status.spent().isPositive()).as(m.name() + " spent").isTrue();
      assertThat(status.budget().isDefined()).as(m.name() + " has a budget").isTrue();
      assertThat(status.overspending()).as(m.name() + " overspends").isEqualTo(m.code().equals(DemoClaims.OVERSPENDING));
      assertThat(wmo.settlement().getMemberSettlement().getMemberSettlement(REGION, m.code(), october).get().debits().isPositive())
          .as(m.name() + " charged for October").isTrue();
    }
    CentralPayment paid = wmo.settlement().getCentralPayment().getCentralPayment(REGION, october).get();
    assertThat(paid.totalPaid()).isEqualTo(paid.totalCharged());
    assertThat(paid.totalPaid().isPositive()).isTrue();

    // The recoveries lie in the demo day's month, by supervision: set off against those providers'
    // payment for that month, which also settles the claims for October answered in it.
    CentralPayment november = wmo.settlement().getCentralPayment().getCentralPayment(REGION, YearMonth.from(DAY)).get();
    // ... and the recovery decided in supervision's lawfulness investigation (in AGB order)
    assertThat(november.payments().filter(p -> p.recovered().isPositive()).map(p -> p.provider()))
        .containsExactlyElementsOf(DemoClaims.RECOVERED_FROM.append(DemoSupervision.LAWFULNESS).sortBy(AgbCode::value));
    assertThat(november.payments().map(p -> p.approved()).foldLeft(Money.ZERO, Money::plus).isPositive()).isTrue();
    assertThat(november.totalCharged()).isEqualTo(november.totalPaid());
    assertThat(seeded.summary().get().settlement().recoveries()).isEqualTo(2);
    assertThat(seeded.summary().get().settlement().budgets()).isEqualTo(5);
  }

  @Test
  void the_claims_give_every_provider_with_clients_a_turnover_and_spending_is_reported_as_a_share_of_it() {
    Seeded seeded = seed(DAY);
    for (DemoObligations.Accounts a : DemoObligations.ACCOUNTS) {
      ObligationEvaluations evaluations = seeded.wmo().obligations().evaluateObligations().evaluateObligations(REGION,
          new EvaluateObligationsQuery(a.provider(), 2026)).get();
      var transformation = (ObligationEvaluation.Spending) evaluations.of(ObligationKind.TRANSFORMATION).details();
      var socialReturn = (ObligationEvaluation.Spending) evaluations.of(ObligationKind.SOCIAL_RETURN).details();
      Money turnover = transformation.turnover();
      assertThat(turnover.isPositive()).as(a.provider().value()).isEqualTo(!a.provider().equals(DemoProviders.IDLE.agb()));
      assertThat(transformation.reported()).isEqualTo(a.transformationBasisPoints().map(bp -> DemoObligations.share(turnover, bp)));
      assertThat(socialReturn.reported()).isEqualTo(a.socialReturnBasisPoints().map(bp -> DemoObligations.share(turnover, bp)));
    }
  }

  @Test
  void the_idle_provider_s_contract_is_dormant_from_2027_on() {
    Seeded seeded = seed(DAY);
    assertThat(seeded.dormantOn(DAY)).isEmpty();
    assertThat(seeded.dormantOn(LocalDate.of(2026, 12, 31))).isEmpty();
    assertThat(seeded.dormantOn(LocalDate.of(2027, 1, 1))).singleElement().satisfies(d -> {
      assertThat(d.provider()).isEqualTo(DemoProviders.IDLE.agb());
      assertThat(d.lastClientDay()).isEmpty();
    });
  }

  @Test
  void a_demo_day_in_2027_accounts_for_2026_in_early_2027_and_shows_the_dormant_contract() {
    LocalDate day = LocalDate.of(2027, 3, 10);
    Seeded seeded = seed(day);
    DemoSummary.Obligations summary = seeded.summary().get().obligations();
    assertThat(summary.years()).containsExactly(2026, 2027);
    assertThat(summary.dormantContracts()).isEqualTo(1);
    assertThat(seeded.statuses(2026, ObligationKind.TRANSFORMATION, day).values()).contains(C, S, P);
    assertThat(seeded.statuses(2027, ObligationKind.TRANSFORMATION, day).values()).containsOnly(EvaluationStatus.NOT_YET_DUE);
    // 2026's turnover: the claims of March to December (the twelve months before March 2027).
    var spending = (ObligationEvaluation.Spending) seeded.wmoOn(day).obligations().evaluateObligations().evaluateObligations(REGION,
        new EvaluateObligationsQuery(DemoProviders.agb(1), 2026)).get().of(ObligationKind.TRANSFORMATION).details();
    Money turnover = spending.turnover();
    assertThat(turnover.isPositive()).isTrue();
    assertThat(spending).isEqualTo(new ObligationEvaluation.Spending(turnover, 200, turnover.timesFraction(200, 10_000),
        Option.some(DemoObligations.share(turnover, 250)), Option.some(LocalDate.of(2027, 2, 6))));
    assertThat(seeded.summary().get().settlement().firstMonth()).isEqualTo(YearMonth.of(2026, 3));
  }

  private static final EvaluationStatus C = EvaluationStatus.COMPLIANT;
  private static final EvaluationStatus S = EvaluationStatus.SHORTFALL;
  private static final EvaluationStatus P = EvaluationStatus.PENDING;

  private static Map<Integer, EvaluationStatus> with(Map<Integer, EvaluationStatus> statuses, int provider,
      EvaluationStatus status) {
    Map<Integer, EvaluationStatus> changed = new TreeMap<>(statuses);
    changed.put(provider, status);
    return changed;
  }

  @Test
  void supervision_holds_signals_from_every_source_two_calamities_and_three_investigations() {
    Seeded seeded = seed(DAY);
    List<Signal> signals = seeded.signals();
    assertThat(signals.map(Signal::source).distinct()).containsExactlyInAnyOrder(SignalSource.values());
    Signal dismissed = signals.filter(s -> s.status() == SignalStatus.DISMISSED).single();
    assertThat(dismissed.provider()).isEqualTo(DemoSupervision.DISMISSED);
    assertThat(dismissed.dismissalReason()).isNotEmpty();
    assertThat(signals.filter(s -> s.status() != SignalStatus.DISMISSED))
        .allSatisfy(s -> assertThat(s.status()).isEqualTo(SignalStatus.LINKED));

    List<Calamity> calamities = seeded.calamities();
    assertThat(calamities.map(Calamity::provider))
        .containsExactly(DemoSupervision.ON_TIME_CALAMITY, DemoSupervision.LATE_CALAMITY);
    Calamity followed = calamities.head();
    assertThat(followed.status()).isEqualTo(CalamityStatus.FOLLOWED_UP);
    assertThat(followed.conclusion()).isNotEmpty();
    assertThat(calamities.last().status()).isEqualTo(CalamityStatus.REPORTED);

    List<Investigation> investigations = seeded.investigations();
    assertThat(investigations).hasSize(3);
    Investigation lawfulness = seeded.investigationOf(DemoSupervision.LAWFULNESS);
    Investigation quality = seeded.investigationOf(DemoSupervision.QUALITY);
    Investigation proactive = seeded.investigationOf(DemoSupervision.PROACTIVE);
    assertThat(lawfulness.trigger()).isInstanceOf(InvestigationTrigger.SignalDriven.class);
    assertThat(lawfulness.status()).isEqualTo(InvestigationStatus.FOLLOW_UP);
    assertThat(quality.findings().map(f -> f.verdict())).contains(Verdict.DOES_NOT_MEET);
    assertThat(proactive.trigger()).isInstanceOf(InvestigationTrigger.Proactive.class);
    assertThat(proactive.status()).isEqualTo(InvestigationStatus.INVESTIGATING);
    // every linked signal names an investigation of its own provider
    assertThat(signals.filter(s -> s.status() == SignalStatus.LINKED)).allSatisfy(s -> assertThat(
        investigations.find(i -> i.id().equals(s.investigation().get())).get().provider()).isEqualTo(s.provider()));

    DemoSummary.Supervision summary = seeded.summary().get().supervision();
    assertThat(summary.signals()).isEqualTo(signals.size());
    assertThat(summary.dismissedSignals()).isEqualTo(1);
    assertThat(summary.calamities()).isEqualTo(calamities.size());
    assertThat(summary.investigations()).isEqualTo(investigations.size());
    assertThat(seeded.summary().get().describe()).contains("6 signals (1 dismissed), 2 calamities (1 late), "
        + "3 investigations (2 recoveries, 1 overdue improvement points)");
  }

  @Test
  void the_late_violence_incident_counts_late_in_its_provider_s_2026_reporting_obligation() {
    Seeded seeded = seed(DAY);
    LocalDate winter = LocalDate.of(2027, 2, 15);
    ObligationEvaluation late = seeded.wmoOn(winter).obligations().evaluateObligations().evaluateObligations(REGION,
        new EvaluateObligationsQuery(DemoSupervision.LATE_CALAMITY, 2026)).get().of(ObligationKind.REPORTING);
    assertThat(late.status()).isEqualTo(EvaluationStatus.SHORTFALL);
    assertThat(late.details()).isEqualTo(new ObligationEvaluation.Reporting(1, 0, 1, 0, 0));
    ObligationEvaluation onTime = seeded.wmoOn(winter).obligations().evaluateObligations().evaluateObligations(REGION,
        new EvaluateObligationsQuery(DemoSupervision.ON_TIME_CALAMITY, 2026)).get().of(ObligationKind.REPORTING);
    assertThat(onTime.status()).isEqualTo(EvaluationStatus.COMPLIANT);
    assertThat(onTime.details()).isEqualTo(new ObligationEvaluation.Reporting(1, 1, 0, 0, 0));
  }

  @Test
  void the_lawfulness_investigation_recovers_from_two_members_in_the_demo_day_s_month_and_informs_the_members() {
    Seeded seeded = seed(DAY);
    Investigation lawfulness = seeded.investigationOf(DemoSupervision.LAWFULNESS);
    Outcome.Recovery recovery = (Outcome.Recovery) lawfulness.outcomes().single();
    assertThat(recovery.parts().map(Outcome.Recovery.Part::amount)).containsExactlyElementsOf(DemoSupervision.RECOVERY_PARTS);
    assertThat(recovery.parts().map(Outcome.Recovery.Part::member).distinct()).hasSize(2);
    YearMonth month = YearMonth.from(DAY);
    for (int p = 0; p < recovery.parts().size(); p++) {
      Outcome.Recovery.Part part = recovery.parts().get(p);
      String reference = InvestigationServices.recoveryReference(lawfulness.id(), 0, p);
      var settlement = seeded.wmo().settlement().getMemberSettlement().getMemberSettlement(REGION, part.member(), month).get();
      var item = settlement.recoveries().filter(r -> r.reference().equals(reference)).single();
      assertThat(item.amount()).isEqualTo(part.amount());
      assertThat(item.provider()).isEqualTo(DemoSupervision.LAWFULNESS);
      assertThat(settlement.recovered().isNegative()).isTrue();
    }
    // the members whose residents the provider serves were told, on the demo day
    assertThat(lawfulness.informed().map(i -> i.member())).containsAll(recovery.parts().map(Outcome.Recovery.Part::member));
    assertThat(lawfulness.informed()).allSatisfy(i -> assertThat(i.on()).isEqualTo(DAY));
  }

  @Test
  void one_improvement_point_of_the_quality_investigation_is_overdue_on_the_demo_day_and_not_before_its_deadline() {
    Seeded seeded = seed(DAY);
    List<OverdueImprovementPoint> overdue = List.ofAll(seeded.wmo().supervision().listOverdueImprovementPoints()
        .listOverdueImprovementPoints(REGION).get());
    OverdueImprovementPoint point = overdue.single();
    assertThat(point.provider()).isEqualTo(DemoSupervision.QUALITY);
    assertThat(point.index()).isZero();
    assertThat(point.point().deadline()).isBefore(DAY);
    assertThat(seeded.wmoOn(point.point().deadline()).supervision().listOverdueImprovementPoints()
        .listOverdueImprovementPoints(REGION).get()).isEmpty();
    // the other point was followed up
    Investigation quality = seeded.investigationOf(DemoSupervision.QUALITY);
    assertThat(quality.improvementPoints().filter(p -> p.followedUpOn().isDefined())).hasSize(1);
    assertThat(seeded.summary().get().supervision().overdueImprovementPoints()).isEqualTo(1);
  }

  @Test
  void the_proactive_selection_is_the_same_for_the_same_demo_day_and_leaves_out_the_suspended_provider() {
    Seeded first = seed(DAY);
    Seeded second = seed(DAY);
    List<String> selected = List.ofAll(first.summary().get().supervision().selected());
    assertThat(selected).isNotEmpty();
    assertThat(second.summary().get().supervision().selected()).containsExactlyElementsOf(selected);
    SelectionResult again = first.wmo().supervision().selectProactive().selectProactive(REGION,
        new SelectProactiveCommand(DAY, DemoSupervision.SELECTION_SEED)).get();
    assertThat(again.providers().map(AgbCode::value)).containsExactlyElementsOf(selected);
    assertThat(selected).doesNotContain(DemoProviders.SUSPENDED.value(), DemoProviders.APPLICANTS.head().agb().value());
    // no provider has gone unseen for four years in 2026: every choice is the risk draw's
    assertThat(again.selected()).allSatisfy(s -> assertThat(s.reason()).isEqualTo(SelectionReason.RISK));
  }

  @Test
  void every_client_bsn_lies_in_the_reserved_test_range_and_passes_the_eleven_test() {
    Seeded seeded = seed(DAY);
    assertThat(seeded.indications().map(i -> i.client().value()))
        .allSatisfy(bsn -> assertThat(ElevenTest.inTestRange(bsn)).as("a test-range BSN").isTrue());
    assertThat(seeded.assignments().map(a -> a.client().value()))
        .allSatisfy(bsn -> assertThat(ElevenTest.inTestRange(bsn)).as("a test-range BSN").isTrue());
  }

  @Test
  void nothing_is_dated_after_the_demo_day() {
    Seeded seeded = seed(DAY);
    assertThat(seeded.indications()).allSatisfy(i -> {
      assertThat(i.reportedOn()).isBeforeOrEqualTo(DAY);
      assertThat(i.decision().map(d -> d.decidedOn()).getOrElse(DAY)).isBeforeOrEqualTo(DAY);
    });
    assertThat(seeded.assignments()).allSatisfy(a -> {
      assertThat(a.assignedOn()).isBeforeOrEqualTo(DAY);
      assertThat(a.deliveryStart().getOrElse(DAY)).isBeforeOrEqualTo(DAY);
    });
    assertThat(seeded.signals()).allSatisfy(sg -> assertThat(sg.decidedOn().getOrElse(sg.receivedOn()))
        .isBeforeOrEqualTo(DAY));
    assertThat(seeded.calamities()).allSatisfy(c -> assertThat(c.stepOn()).isBeforeOrEqualTo(DAY));
    assertThat(seeded.investigations()).allSatisfy(i -> assertThat(i.statusSince()).isBeforeOrEqualTo(DAY));
  }

  @Test
  void the_same_day_gives_the_same_data_identifiers_included() {
    Seeded first = seed(DAY);
    Seeded second = seed(DAY);
    assertThat(second.summary()).isEqualTo(first.summary());
    assertThat(second.indications()).isEqualTo(first.indications());
    assertThat(second.assignments()).isEqualTo(first.assignments());
    assertThat(second.claims()).isEqualTo(first.claims());
    assertThat(second.signals()).isEqualTo(first.signals());
    assertThat(second.calamities()).isEqualTo(first.calamities());
    assertThat(second.investigations()).isEqualTo(first.investigations());
    assertThat(second.statuses(2026, ObligationKind.SOCIAL_RETURN, LocalDate.of(2027, 2, 15)))
        .isEqualTo(first.statuses(2026, ObligationKind.SOCIAL_RETURN, LocalDate.of(2027, 2, 15)));
    assertThat(List.ofAll(second.adapters().contracts().all()).map(Contract::id))
        .isEqualTo(List.ofAll(first.adapters().contracts().all()).map(Contract::id));
  }

  @Test
  void a_second_seeding_finds_the_region_and_writes_nothing() {
    InMemoryAdapters adapters = new InMemoryAdapters();
    Seeded first = seed(adapters, DAY);
    Seeded again = seed(adapters, DAY.plusDays(3));
    assertThat(again.summary()).isEmpty();
    assertThat(again.indications()).isEqualTo(first.indications());
    assertThat(again.assignments()).isEqualTo(first.assignments());
  }

  @Test
  void a_region_the_user_defined_is_left_alone() {
    InMemoryAdapters adapters = new InMemoryAdapters();
    Seeded own = new Seeded(adapters, Option.none(), DAY);
    own.wmo().region().defineRegion().defineRegion(REGION, new DefineRegionCommand("Eigen regio",
        List.of(new Member(MunicipalityCode.of("0344"), "Utrecht", true)))).get();
    assertThat(seed(adapters, DAY).summary()).isEmpty();
    assertThat(own.wmo().catalogue().listProducts().listProducts(REGION, ListProductsQuery.today()).get().total()).isZero();
    assertThat(own.indications()).isEmpty();
  }

  @Test
  void every_rule_holds_whichever_day_the_demo_is_first_started_on() {
    // From the earliest demo day to past the last one, whose start plans as if on the last.
    for (LocalDate day = DemoSeeder.EARLIEST_DEMO_DAY; day.isBefore(LocalDate.of(2029, 3, 1)); day = day.plusDays(53)) {
      Seeded seeded = seed(day);
      LocalDate demoDay = seeded.summary().get().demoDay();
      assertThat(demoDay).isEqualTo(day.isAfter(DemoSeeder.LAST_DEMO_DAY) ? DemoSeeder.LAST_DEMO_DAY : day);
      assertThat(seeded.summary().get().cases()).as("on " + day).isEqualTo(320);
      // every regular line approved and every planned mistake rejected (else seeding stops), at least one made
      assertThat(seeded.summary().get().settlement().rejectedLines()).as("on " + day)
          .isBetween(1, DemoClaims.Mistake.values().length);
      assertThat(seeded.assignments()).as("on " + day).isNotEmpty()
          .allSatisfy(a -> assertThat(a.assignedOn()).isBeforeOrEqualTo(demoDay));
      // the supervision plan fits every demo day: one point overdue, the recovery in the demo day's month
      assertThat(seeded.summary().get().supervision().overdueImprovementPoints()).as("on " + day).isEqualTo(1);
      assertThat(seeded.summary().get().supervision().recoveries()).as("on " + day).isEqualTo(2);
    }
  }

  @Test
  void a_clock_before_the_contracts_gives_a_clear_refusal() {
    assertThatThrownBy(() -> seed(LocalDate.of(2026, 2, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(DemoSeeder.EARLIEST_DEMO_DAY.toString());
  }
}
