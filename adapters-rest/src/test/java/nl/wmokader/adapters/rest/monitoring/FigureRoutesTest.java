package nl.wmokader.adapters.rest.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.adapters.rest.WmoKaderRoutes;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.AssignmentGen;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.monitoring.FiguresGen;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The monitoring figures over HTTP: one table at a time, as JSON or CSV, to the region, members and analysts. */
class FigureRoutesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FEBRUARY = "from=2026-02&until=2026-02";
  private InMemoryAdapters adapters;
  private TestServer server;

  @BeforeEach
  void a_client_of_oss_whose_support_started_and_stopped_in_february() {
    adapters = new InMemoryAdapters();
    adapters.regions().save(RegionGen.reference()).get();
    Assignment issued = Assignment.builder()
        .id(new AssignmentId(new UUID(0, 1)))
        .indication(new IndicationId(new UUID(0, 2)))
        .client(FiguresGen.client(0))
        .responsibleMunicipality(MunicipalityCode.of("0828"))
        .provider(FiguresGen.PROVIDERS.head())
        .type(AssignmentType.SPECIFIC)
        .category(AssignmentGen.categoryOf(FiguresGen.PRODUCTS.head()))
        .product(Option.some(FiguresGen.PRODUCTS.head()))
        .volume(Option.some(new Volume(3, Unit.HOUR, Frequency.PER_WEEK)))
        .validity(DateRange.from(LocalDate.of(2026, 2, 1)))
        .assignedOn(LocalDate.of(2026, 2, 3))
        .build();
    adapters.assignments().saveAll(List.of(issued)).get();
    adapters.assignments().save(adapters.assignments().findById(issued.id()).get()
        .startDelivery(LocalDate.of(2026, 2, 10)).get()).get();
    adapters.assignments().save(adapters.assignments().findById(issued.id()).get()
        .stopDelivery(LocalDate.of(2026, 2, 20), StopReason.ENDED_AS_PLANNED).get()).get();
    WmoKader wmo = adapters.builder().clock(new MutableClock(LocalDate.of(2026, 5, 1))).ids(new SequentialIds()).build();
    server = TestServer.start(TestServer.options(), WmoKaderRoutes.of(wmo));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_member_table_with_rates_per_thousand_inhabitants_for_an_analyst() throws Exception {
    TestServer.Reply members = server.get("/api/v1/monitoring/figures/members?" + FEBRUARY, "analyst");
    assertThat(members.status()).isEqualTo(200);
    JsonNode oss = null;
    for (JsonNode row : JSON.readTree(members.body()).path("rows")) {
      if (row.path("member").asText().equals("0828")) {
        oss = row;
      }
    }
    assertThat(oss.path("inhabitants").asLong()).isEqualTo(94_643L);
    assertThat(oss.path("newAssignments").asLong()).isEqualTo(1);
    assertThat(oss.path("clientsWithSupport").asLong()).isEqualTo(1);
    assertThat(oss.path("clientsWithSupportPer1000").asText()).isEqualTo("0.01");
    assertThat(members.body()).doesNotContain(FiguresGen.client(0).value());
  }

  @Test
  void a_recovery_is_a_cost_row_of_its_member_provider_and_month_without_category_and_lowers_the_net_at_once()
      throws Exception {
    adapters.recoveries().add(new nl.wmokader.core.settlement.domain.Recovery(
        new nl.wmokader.core.settlement.domain.RecoveryId(new UUID(9, 1)), FiguresGen.PROVIDERS.head(),
        MunicipalityCode.of("0828"), java.time.YearMonth.of(2026, 2), nl.wmokader.core.shared.Money.ofCents(12_345),
        "onrechtmatig gedeclareerd", "INV-1", LocalDate.of(2026, 3, 1))).get();
    String csv = server.sendWithHeaders("GET", "/api/v1/monitoring/figures/cost?" + FEBRUARY, "Wmo-Actor", "analyst",
        "Accept", "text/csv").body();
    assertThat(csv.split("\r\n")).containsExactly(
        "month,member,provider,category,product,debitsCents,creditsCents,recoveriesCents,netCents,lines",
        "2026-02,0828," + FiguresGen.PROVIDERS.head().value() + ",,,0,0,12345,-12345,0");
    JsonNode row = JSON.readTree(server.get("/api/v1/monitoring/figures/cost?" + FEBRUARY, "analyst").body())
        .path("rows").get(0);
    assertThat(row.hasNonNull("category")).as("no category").isFalse();
    assertThat(row.path("recoveriesCents").asLong()).isEqualTo(12_345);
    assertThat(row.path("netCents").asLong()).isEqualTo(-12_345);
    JsonNode oss = null;
    for (JsonNode member : JSON.readTree(server.get("/api/v1/monitoring/figures/members?" + FEBRUARY, "analyst").body())
        .path("rows")) {
      oss = member.path("member").asText().equals("0828") ? member : oss;
    }
    assertThat(oss.path("recoveriesCents").asLong()).isEqualTo(12_345);
    assertThat(oss.path("recoveriesCentsPer1000").asLong()).isEqualTo(130); // 12,345 × 1,000 / 94,643
    assertThat(oss.path("netCents").asLong()).isEqualTo(-12_345);
    // a recovery has no category: a category's cost holds none of it
    String category = AssignmentGen.categoryOf(FiguresGen.PRODUCTS.head()).code();
    assertThat(JSON.readTree(server.get("/api/v1/monitoring/figures/cost?" + FEBRUARY + "&category=" + category,
        "analyst").body()).path("rows")).isEmpty();
  }

  @Test
  void every_table_answers_as_csv_with_its_columns_and_names_no_client() {
    for (String table : java.util.List.of("use", "cost", "flows", "durations", "waiting-times", "members")) {
      TestServer.Reply csv = server.sendWithHeaders("GET", "/api/v1/monitoring/figures/" + table + "?" + FEBRUARY,
          "Wmo-Actor", "municipality:1721", "Accept", "text/csv");
      assertThat(csv.status()).as(table).isEqualTo(200);
      assertThat(csv.header("content-type").orElseThrow()).startsWith("text/csv");
      assertThat(csv.body()).as(table).doesNotContain(FiguresGen.client(0).value());
    }
    String use = server.sendWithHeaders("GET", "/api/v1/monitoring/figures/use?" + FEBRUARY, "Wmo-Actor", "region",
        "Accept", "text/csv").body();
    assertThat(use.split("\r\n")[0]).isEqualTo("month,member,provider,category,product,clientsWithSupport,"
        + "newAssignments,endedAssignments,endedByReason,assigned,delivered");
    assertThat(use.split("\r\n")[1]).startsWith("2026-02,0828," + FiguresGen.PROVIDERS.head().value())
        .contains(",1,1,1," + StopReason.ENDED_AS_PLANNED.code() + "=1,");
    String flows = server.sendWithHeaders("GET", "/api/v1/monitoring/figures/flows?" + FEBRUARY, "Wmo-Actor",
        "region", "Accept", "text/csv").body();
    assertThat(flows.split("\r\n")[1]).isEqualTo("2026-02," + FiguresGen.PROVIDERS.head().value() + ",1,1,1,0,"
        + StopReason.ENDED_AS_PLANNED.code() + "=1,0");
  }

  @Test
  void budget_supervision_and_compliance_tables_as_json_and_csv() throws Exception {
    adapters.budgets().save(new nl.wmokader.core.settlement.domain.Budget(MunicipalityCode.of("0828"), 2026,
        nl.wmokader.core.shared.Money.ofCents(1_000_000_00L), 0)).get();
    adapters.signals().save(nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.signal(1,
        FiguresGen.PROVIDERS.head(), LocalDate.of(2026, 2, 14),
        nl.wmokader.core.supervision.domain.SignalStatus.OPEN)).get();
    JsonNode budget = JSON.readTree(server.get("/api/v1/monitoring/figures/budget?" + FEBRUARY, "analyst").body());
    assertThat(budget.path("table").asText()).isEqualTo("budget");
    assertThat(budget.path("rows")).hasSize(5);
    JsonNode oss = null;
    for (JsonNode row : budget.path("rows")) {
      oss = row.path("member").asText().equals("0828") ? row : oss;
    }
    assertThat(oss.path("year").asInt()).isEqualTo(2026);
    assertThat(oss.path("budgetCents").asLong()).isEqualTo(1_000_000_00L);
    assertThat(oss.path("budgetCentsPer1000").asLong()).isEqualTo(10_566_02L);
    assertThat(oss.path("closedMonths").asInt()).isEqualTo(4);
    assertThat(oss.path("overspending").asBoolean()).isFalse();
    assertThat(budget.path("rows").get(0).path("member").asText()).as("by member code").isEqualTo("0755");
    assertThat(budget.path("rows").get(0).path("budgetCents").isNumber()).as("no budget set").isFalse();
    String supervision = server.sendWithHeaders("GET", "/api/v1/monitoring/figures/supervision?" + FEBRUARY,
        "Wmo-Actor", "municipality:1721", "Accept", "text/csv").body();
    assertThat(supervision.split("\r\n")).containsExactly("provider,signals,calamities,investigationsOpened",
        FiguresGen.PROVIDERS.head().value() + ",1,0,0");
    TestServer.Reply compliance = server.get("/api/v1/monitoring/figures/compliance?" + FEBRUARY, "region");
    assertThat(compliance.status()).isEqualTo(200);
    assertThat(JSON.readTree(compliance.body()).path("rows")).as("no provider registered here").isEmpty();
    for (String table : java.util.List.of("budget", "supervision", "compliance")) {
      assertThat(server.get("/api/v1/monitoring/figures/" + table + "?" + FEBRUARY, "supervisor").status())
          .as(table).isEqualTo(403);
      assertThat(server.get("/api/v1/monitoring/figures/" + table + "?from=2026-13&until=2026-01", "region").status())
          .as(table).isEqualTo(400);
    }
  }

  @Test
  void providers_and_supervisors_are_refused_and_bad_questions_named() {
    assertThat(server.get("/api/v1/monitoring/figures/members?" + FEBRUARY, "provider:98000001").status()).isEqualTo(403);
    assertThat(server.get("/api/v1/monitoring/figures/members?" + FEBRUARY, "supervisor").status()).isEqualTo(403);
    assertThat(server.get("/api/v1/monitoring/figures/colours?" + FEBRUARY, "region").status()).isEqualTo(404);
    TestServer.Reply bad = server.get("/api/v1/monitoring/figures/use?from=2026-13&until=2020-01", "region");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("from");
    assertThat(server.get("/api/v1/monitoring/figures/use?from=2020-01&until=2026-01", "region").status())
        .as("more than 36 months").isEqualTo(400);
  }
}
