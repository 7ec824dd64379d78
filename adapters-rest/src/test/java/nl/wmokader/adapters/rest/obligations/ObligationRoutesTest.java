package nl.wmokader.adapters.rest.obligations;

import static nl.wmokader.adapters.rest.obligations.ObligationApi.AS_LINDEHOF;
import static nl.wmokader.adapters.rest.obligations.ObligationApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.obligations.ObligationApi.DECLARATIONS;
import static nl.wmokader.adapters.rest.obligations.ObligationApi.DORMANT;
import static nl.wmokader.adapters.rest.obligations.ObligationApi.EVALUATIONS;
import static nl.wmokader.adapters.rest.obligations.ObligationApi.REFUSALS;
import static nl.wmokader.adapters.rest.obligations.ObligationApi.SPENDING;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.supervision.domain.QualityFinding;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.supervision.domain.ReportableEvent;
import nl.wmokader.core.supervision.domain.ReportableEventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The obligation routes doing their work over HTTP, the domain's refusals as 404/422, and the role rules. */
class ObligationRoutesTest {
  private static final String REFUSAL = "{\"refusedOn\":\"2026-01-28\",\"reason\":\"OTHER\",\"explanation\":\"Geen vervoer naar 't buitengebied\"}";
  private static final String SPENT = "{\"year\":2025,\"kind\":\"TRANSFORMATION\",\"amountCents\":150000,\"description\":\"Pilot wijkteam\"}";
  private static final String DECLARED = "{\"year\":2025,\"statement\":\"Zie kwaliteitsverslag 2025\"}";
  private static final String[] READERS = {"region", "municipality:1721", "supervisor"};

  // --- refusals

  @Test
  void a_provider_records_a_refusal_and_gets_its_url() {
    try (ObligationApi api = new ObligationApi()) {
      TestServer.Reply reply = api.server.post(REFUSALS, AS_MAASOEVER, REFUSAL);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      JsonNode refusal = reply.json();
      String id = refusal.path("id").asText();
      assertThat(reply.header("Location")).hasValue(REFUSALS + "/" + id);
      assertThat(refusal.toString()).isEqualTo("{\"id\":\"" + id + "\",\"provider\":\"98000001\",\"refusedOn\":\"2026-01-28\","
          + "\"reason\":\"OTHER\",\"explanation\":\"Geen vervoer naar 't buitengebied\",\"recordedOn\":\"2026-02-01\",\"version\":1}");
      assertThat(reply.header("API-Version")).hasValue("1.0.0");
      assertThat(api.server.get(REFUSALS + "/" + id, "region").json()).isEqualTo(refusal);
      JsonNode page = api.server.get(REFUSALS + "?year=2026", AS_MAASOEVER).json();
      assertThat(page.path("totalItems").asLong()).isEqualTo(1);
      assertThat(page.path("items").get(0)).isEqualTo(refusal);
      assertThat(api.server.get(REFUSALS + "?year=2025", AS_MAASOEVER).json().path("items")).isEmpty();
      assertThat(api.stored().refusals()).hasSize(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"region", "municipality:0828", "supervisor"})
  void only_a_providers_staff_record_refusals_spending_and_declarations(String actor) {
    try (ObligationApi api = new ObligationApi()) {
      assertProblem(api.server.post(REFUSALS, actor, REFUSAL), 403, "forbidden");
      assertProblem(api.server.post(SPENDING, actor, SPENT), 403, "forbidden");
      assertProblem(api.server.post(DECLARATIONS, actor, DECLARED), 403, "forbidden");
      assertThat(api.stored()).isEqualTo(new ObligationApi().stored());
    }
  }

  @Test
  void another_providers_obligations_answer_404_as_an_unregistered_provider_does() {
    try (ObligationApi api = new ObligationApi()) {
      String id = api.posted(REFUSALS, AS_MAASOEVER, REFUSAL, 201).json().path("id").asText();
      var before = api.stored();
      assertProblem(api.server.post(REFUSALS, AS_LINDEHOF, REFUSAL), 404, "not_found");
      assertProblem(api.server.post(SPENDING, AS_LINDEHOF, SPENT), 404, "not_found");
      assertProblem(api.server.post(DECLARATIONS, AS_LINDEHOF, DECLARED), 404, "not_found");
      assertProblem(api.server.get(REFUSALS + "/" + id, AS_LINDEHOF), 404, "not_found");
      assertProblem(api.server.get(REFUSALS + "?year=2026", AS_LINDEHOF), 404, "not_found");
      assertProblem(api.server.get(EVALUATIONS + "?year=2025", AS_LINDEHOF), 404, "not_found");
      assertProblem(api.server.get("/api/v1/providers/12345678/obligation-evaluations?year=2025", "region"), 404, "not_found");
      assertProblem(api.server.post("/api/v1/providers/12345678/refusals", "provider:12345678", REFUSAL), 404, "not_found");
      // a refusal under another provider's path does not exist there
      assertProblem(api.server.get("/api/v1/providers/98000002/refusals/" + id, "region"), 404, "not_found");
      assertProblem(api.server.get(REFUSALS + "/00000000-0000-0000-0000-00000000ffff", "region"), 404, "not_found");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void without_an_actor_every_route_is_401() {
    try (ObligationApi api = new ObligationApi()) {
      for (TestServer.Reply reply : List.of(api.server.post(REFUSALS, null, REFUSAL), api.server.get(REFUSALS + "?year=2026", null),
          api.server.get(REFUSALS + "/00000000-0000-0000-0000-000000000001", null), api.server.post(SPENDING, null, SPENT),
          api.server.post(DECLARATIONS, null, DECLARED), api.server.get(EVALUATIONS + "?year=2025", null),
          api.server.get(DORMANT, null))) {
        assertProblem(reply, 401, "actor_missing");
      }
      assertThat(api.stored()).isEqualTo(new ObligationApi().stored());
    }
  }

  @Test
  void nothing_is_recorded_for_a_year_without_a_contract() {
    try (ObligationApi api = new ObligationApi()) {
      assertProblem(api.server.post("/api/v1/providers/98000003/refusals", "provider:98000003", REFUSAL), 422,
          "not_contracted_in_year");
      assertProblem(api.server.post("/api/v1/providers/98000002/spending-reports", AS_LINDEHOF, SPENT), 422,
          "not_contracted_in_year");
      assertProblem(api.server.get("/api/v1/providers/98000002/obligation-evaluations?year=2025", "region"), 422,
          "not_contracted_in_year");
      assertThat(api.stored()).isEqualTo(new ObligationApi().stored());
    }
  }

  // --- spending and declarations

  @Test
  void a_spending_report_is_created_and_then_replaced() {
    try (ObligationApi api = new ObligationApi()) {
      JsonNode first = api.posted(SPENDING, AS_MAASOEVER, SPENT, 200).json();
      assertThat(first.toString()).isEqualTo("{\"provider\":\"98000001\",\"year\":2025,\"kind\":\"TRANSFORMATION\","
          + "\"amountCents\":150000,\"description\":\"Pilot wijkteam\",\"reportedOn\":\"2026-02-01\",\"version\":1}");
      JsonNode second = api.posted(SPENDING, AS_MAASOEVER, "{\"year\":2025,\"kind\":\"TRANSFORMATION\",\"amountCents\":0}", 200).json();
      assertThat(second.path("amountCents").asLong()).isZero();
      assertThat(second.has("description")).isFalse();
      assertThat(second.path("version").asLong()).isEqualTo(2);
      assertThat(api.stored().spending()).hasSize(1);
    }
  }

  @Test
  void a_provider_declares_quality_compliance() {
    try (ObligationApi api = new ObligationApi()) {
      JsonNode declared = api.posted(DECLARATIONS, AS_MAASOEVER, DECLARED, 200).json();
      assertThat(declared.toString()).isEqualTo("{\"provider\":\"98000001\",\"year\":2025,"
          + "\"statement\":\"Zie kwaliteitsverslag 2025\",\"declaredOn\":\"2026-02-01\",\"version\":1}");
      assertThat(api.posted(DECLARATIONS, AS_MAASOEVER, "{\"year\":2025}", 200).json().path("version").asLong()).isEqualTo(2);
    }
  }

  // --- evaluations

  @Test
  void the_evaluations_of_a_year_show_each_obligation_with_its_figures() {
    try (ObligationApi api = new ObligationApi()) {
      AgbCode maasoever = AgbCode.of(ObligationApi.MAASOEVER);
      api.turnover.set(maasoever, 2025, Money.ofCents(10_000_000));
      api.activity.setAssignmentsReceived(maasoever, 2025, 98);
      api.clock.set(LocalDate.of(2025, 9, 9));
      api.posted(REFUSALS, AS_MAASOEVER, "{\"refusedOn\":\"2025-09-09\",\"reason\":\"NO_CAPACITY\"}", 201);
      api.posted(REFUSALS, AS_MAASOEVER, "{\"refusedOn\":\"2025-03-03\",\"reason\":\"EXPERTISE_LACKING\"}", 201);
      api.clock.set(ObligationApi.TODAY);
      api.posted(SPENDING, AS_MAASOEVER, SPENT, 200);
      api.posted(DECLARATIONS, AS_MAASOEVER, DECLARED, 200);
      api.events.add(maasoever, ReportableEvent.reported(ReportableEventKind.CALAMITY, LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 12)));
      api.findings.add(maasoever, 2025, new QualityFinding(LocalDate.of(2025, 10, 1), false));

      TestServer.Reply reply = api.server.get(EVALUATIONS + "?year=2025", AS_MAASOEVER);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      JsonNode all = reply.json();
      assertThat(all.path("provider").asText()).isEqualTo("98000001");
      assertThat(all.path("year").asInt()).isEqualTo(2025);
      assertThat(all.path("asOf").asText()).isEqualTo("2026-02-01");
      JsonNode e = all.path("evaluations");
      assertThat(e.get(0).toString()).isEqualTo("{\"obligation\":\"ACCEPTANCE\",\"status\":\"SHORTFALL\",\"dueOn\":\"2025-12-31\","
          + "\"acceptance\":{\"refusals\":2,\"assignmentsReceived\":98,\"refusalShareBasisPoints\":200,\"maxRefusalShareBasisPoints\":0}}");
      assertThat(e.get(1).toString()).isEqualTo("{\"obligation\":\"TRANSFORMATION\",\"status\":\"SHORTFALL\",\"dueOn\":\"2026-04-01\","
          + "\"shortfallCents\":50000,\"spending\":{\"turnoverCents\":10000000,\"basisPoints\":200,\"requiredCents\":200000,"
          + "\"reportedCents\":150000,\"reportedOn\":\"2026-02-01\"}}");
      assertThat(e.get(2).toString()).isEqualTo("{\"obligation\":\"SOCIAL_RETURN\",\"status\":\"PENDING\",\"dueOn\":\"2026-04-01\","
          + "\"spending\":{\"turnoverCents\":10000000,\"basisPoints\":500,\"requiredCents\":500000}}");
      assertThat(e.get(3).toString()).isEqualTo("{\"obligation\":\"QUALITY_FRAMEWORK\",\"status\":\"COMPLIANT\",\"dueOn\":\"2026-04-01\","
          + "\"quality\":{\"declaredOn\":\"2026-02-01\",\"contradictingFindings\":0}}");
      assertThat(e.get(4).toString()).isEqualTo("{\"obligation\":\"REPORTING\",\"status\":\"SHORTFALL\",\"dueOn\":\"2025-12-31\","
          + "\"reporting\":{\"events\":1,\"onTime\":0,\"late\":1,\"missing\":0,\"open\":0}}");
      for (String reader : READERS) {
        assertThat(api.server.get(EVALUATIONS + "?year=2025", reader).json()).isEqualTo(all);
      }
    }
  }

  // --- dormant contracts

  @Test
  void dormant_contracts_are_listed_for_the_regions_members_and_supervisors_not_providers() {
    try (ObligationApi api = new ObligationApi()) {
      api.activity.hadClient(AgbCode.of(ObligationApi.MAASOEVER), DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 1, 31)));
      api.activity.hadClient(AgbCode.of(ObligationApi.LINDEHOF), DateRange.from(LocalDate.of(2026, 1, 5)));
      for (String reader : READERS) {
        TestServer.Reply reply = api.server.get(DORMANT, reader);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("totalItems").asLong()).isEqualTo(1);
        assertThat(reply.json().path("items").get(0).toString()).isEqualTo("{\"contract\":\"00000000-0000-0003-0000-000000000002\","
            + "\"provider\":\"98000001\",\"from\":\"2026-01-01\",\"until\":\"2028-12-31\",\"lastClientDay\":\"2025-01-31\","
            + "\"quietSince\":\"2025-01-31\"}");
      }
      assertProblem(api.server.get(DORMANT, AS_MAASOEVER), 403, "forbidden");
      JsonNode empty = api.server.get(DORMANT + "?page=1&pageSize=1", "region").json();
      assertThat(empty.path("items")).isEmpty();
      assertThat(empty.path("totalItems").asLong()).isEqualTo(1);
    }
  }
}
