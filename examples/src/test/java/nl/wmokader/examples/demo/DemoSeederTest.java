package nl.wmokader.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;
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
      return adapters.builder().clock(Clock.fixed(today.atTime(LocalTime.NOON).atZone(ZONE).toInstant(), ZONE))
          .ids(UUID::randomUUID).build();
    }

    List<Indication> indications() {
      return List.ofAll(wmo().listIndications().listIndications(REGION,
          new ListIndicationsQuery(new PageRequest(0, PageRequest.MAX_SIZE))).get().items());
    }

    List<Assignment> assignments() {
      return List.ofAll(wmo().listAssignments().listAssignments(REGION,
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
    Region region = seed(DAY).wmo().getRegion().getRegion(REGION).get();
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
    List<ProductVersion> products = List.ofAll(wmo.listProducts().listProducts(REGION, ListProductsQuery.today()).get().items());
    assertThat(products).hasSize(12);
    assertThat(products.map(p -> p.category().code()).distinct()).containsExactlyInAnyOrder("01", "02", "03", "07", "11", "15");
    assertThat(products).allSatisfy(p -> assertThat(p.name()).endsWith("(demo)"));
    for (ProductVersion p : products) {
      List<Long> cents = List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2028, 6, 1))
          .map(d -> wmo.findReferenceTariff().findReferenceTariff(REGION, new ReferenceTariffQuery(p.code(), d)).get().get().cents());
      assertThat(cents.toJavaList()).as(p.code().value()).isSorted().doesNotHaveDuplicates();
    }
    assertThat(wmo.getProduct().getProduct(REGION, DemoCatalogue.REVISED).get().versions()).hasSize(2);
  }

  @Test
  void seeds_fourteen_fictional_providers_twelve_admitted_and_active_two_applied() {
    Seeded seeded = seed(DAY);
    List<Provider> providers = List.ofAll(seeded.wmo().listProviders().listProviders(REGION,
        new PageRequest(0, 100)).get().items());
    assertThat(providers).hasSize(14).allSatisfy(p -> {
      assertThat(p.name()).endsWith("(fictief)");
      assertThat(p.agb().value()).startsWith("980000");
      assertThat(p.chamberOfCommerce().get().value()).startsWith("990000");
      assertThat(p.supervisionContact()).isNotEmpty();
    });
    DemoSummary summary = seeded.summary().get();
    assertThat(summary.providers()).isEqualTo(14);
    assertThat(summary.contracts()).isEqualTo(14);
    assertThat(summary.applications()).isEqualTo(2);
    List<Contract> contracts = List.ofAll(seeded.adapters().contracts().all());
    assertThat(contracts).allSatisfy(c -> assertThat(c.period()).isEqualTo(DemoProviders.CONTRACT_PERIOD));
    assertThat(contracts.groupBy(Contract::status).mapValues(List::size).toJavaMap())
        .containsOnly(entry(ContractStatus.ACTIVE, 11), entry(ContractStatus.SUSPENDED, 1), entry(ContractStatus.APPLIED, 2));
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

    var expiring = seeded.wmo().listEvidenceAlerts().listEvidenceAlerts(REGION,
        new ListEvidenceAlertsQuery(DemoProviders.EXPIRING_INSURANCE, 30)).get();
    assertThat(expiring.map(EvidenceAlert::status)).containsExactly(EvidenceStatus.EXPIRING);
    var incomplete = seeded.wmo().listEvidenceAlerts().listEvidenceAlerts(REGION,
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
    assertThat(List.ofAll(seeded.wmo().listOverdue().listOverdue(REGION,
            ListOverdueQuery.all(new PageRequest(0, PageRequest.MAX_SIZE))).get().items())
        .map(OverdueItem::kind).distinct()).containsExactlyInAnyOrder(OverdueKind.values());
    assertThat(summary.objections()).isPositive();
    assertThat(cases.count(i -> i.attributedTo().isDefined())).as("sheltered housing, decided centrally").isPositive();
    assertThat(cases.count(Indication::applicationWithoutReport)).isPositive();

    assertThat(assignments).hasSize(summary.assignments());
    assertThat(assignments.count(a -> a.status() == AssignmentStatus.DELIVERING)).isPositive()
        .isEqualTo(summary.deliveriesStarted()).isLessThan(assignments.size());
    assertThat(assignments.map(Assignment::provider).distinct()).hasSizeGreaterThanOrEqualTo(10);
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
  }

  @Test
  void the_same_day_gives_the_same_data_identifiers_included() {
    Seeded first = seed(DAY);
    Seeded second = seed(DAY);
    assertThat(second.summary()).isEqualTo(first.summary());
    assertThat(second.indications()).isEqualTo(first.indications());
    assertThat(second.assignments()).isEqualTo(first.assignments());
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
    own.wmo().defineRegion().defineRegion(REGION, new DefineRegionCommand("Eigen regio",
        List.of(new Member(MunicipalityCode.of("0344"), "Utrecht", true)))).get();
    assertThat(seed(adapters, DAY).summary()).isEmpty();
    assertThat(own.wmo().listProducts().listProducts(REGION, ListProductsQuery.today()).get().total()).isZero();
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
      assertThat(seeded.assignments()).as("on " + day).isNotEmpty()
          .allSatisfy(a -> assertThat(a.assignedOn()).isBeforeOrEqualTo(demoDay));
    }
  }

  @Test
  void a_clock_before_the_contracts_gives_a_clear_refusal() {
    assertThatThrownBy(() -> seed(LocalDate.of(2026, 2, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(DemoSeeder.EARLIEST_DEMO_DAY.toString());
  }
}
