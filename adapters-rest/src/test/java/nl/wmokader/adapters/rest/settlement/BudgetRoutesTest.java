package nl.wmokader.adapters.rest.settlement;

import static nl.wmokader.adapters.rest.settlement.SettlementApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.BERNHEZE_STAFF;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.BOEKEL_STAFF;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.MAASOEVER;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.TARIFF;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.claim;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.line;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;

/** Budgets over HTTP: setting on a version, the status with its forecast, scope and refusals. */
class BudgetRoutesTest {
  private static final String BUDGET = "/api/v1/budgets/1721/2026";

  private static String budget(long cents, long version) {
    return "{\"amountCents\":" + cents + ",\"version\":" + version + "}";
  }

  @Test
  void a_budget_is_set_on_the_version_read_and_a_stale_version_is_409() {
    try (SettlementApi api = new SettlementApi()) {
      TestServer.Reply first = api.server.put(BUDGET, BERNHEZE_STAFF, budget(100_000, 0));
      assertThat(first.status()).as(first.toString()).isEqualTo(200);
      assertThat(first.header("API-Version")).hasValue("1.0.0");
      assertThat(first.json().toString())
          .isEqualTo("{\"municipality\":\"1721\",\"year\":2026,\"amountCents\":100000,\"version\":1}");

      assertProblem(api.server.put(BUDGET, "region", budget(120_000, 0)), 409, "stale_version");
      TestServer.Reply second = api.server.put(BUDGET, "region", budget(120_000, 1));
      assertThat(second.status()).as(second.toString()).isEqualTo(200);
      assertThat(second.json().path("version").asLong()).isEqualTo(2);
      assertThat(second.json().path("amountCents").asLong()).isEqualTo(120_000);
    }
  }

  @Test
  void another_members_budget_is_404_supervisors_and_providers_may_not_set_one() {
    try (SettlementApi api = new SettlementApi()) {
      assertProblem(api.server.put(BUDGET, BOEKEL_STAFF, budget(1, 0)), 404, "not_found");
      assertProblem(api.server.put(BUDGET, "supervisor", budget(1, 0)), 403, "forbidden");
      assertProblem(api.server.put(BUDGET, AS_MAASOEVER, budget(1, 0)), 403, "forbidden");
      assertProblem(api.server.put(BUDGET, null, budget(1, 0)), 401, "actor_missing");
      assertProblem(api.server.get(BUDGET + "/status", BOEKEL_STAFF), 404, "not_found");
      assertProblem(api.server.get(BUDGET + "/status", AS_MAASOEVER), 403, "forbidden");
    }
  }

  @Test
  void invalid_paths_and_bodies_are_400_with_the_names_the_client_sent() {
    try (SettlementApi api = new SettlementApi()) {
      assertThat(api.server.put("/api/v1/budgets/17/20x6", "region", "{\"amountCents\":1.5}").invalidParams())
          .containsExactlyInAnyOrder("municipalityCode:municipality_code_format", "year:invalid_type",
              "amountCents:invalid_type", "version:required");
      assertThat(api.server.put("/api/v1/budgets/1721/1999", "region", budget(-1, -1)).invalidParams())
          .containsExactlyInAnyOrder("year:out_of_range", "amountCents:out_of_range", "version:out_of_range");
      assertThat(api.server.put("/api/v1/budgets/0363/2026", "region", budget(1, 0)).invalidParams())
          .containsExactly("municipalityCode:not_a_member");
      assertThat(api.server.get("/api/v1/budgets/1721/1999/status", "region").invalidParams())
          .containsExactly("year:out_of_range");
      assertProblem(api.server.put(BUDGET, "region", "[1"), 400, "malformed_json");
    }
  }

  @Test
  void the_status_forecasts_the_year_from_the_closed_months_and_signals_overspending() {
    try (SettlementApi api = new SettlementApi()) {
      api.submitted(AS_MAASOEVER, claim("M1", line("R1", api.assigned(MAASOEVER), 4, TARIFF)));
      JsonNode without = api.server.get(BUDGET + "/status", BERNHEZE_STAFF).json();
      assertThat(without.has("budgetCents")).isFalse();
      assertThat(without.path("overspending").asBoolean()).isFalse();
      assertThat(without.path("budgetVersion").asLong()).as("none set yet").isZero();

      api.server.put(BUDGET, "region", budget(100_000, 0));
      TestServer.Reply reply = api.server.get(BUDGET + "/status", "supervisor");

      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      JsonNode s = reply.json();
      assertThat(s.path("municipality").asText()).isEqualTo("1721");
      assertThat(s.path("year").asInt()).isEqualTo(2026);
      assertThat(s.path("budgetCents").asLong()).isEqualTo(100_000);
      assertThat(s.path("budgetVersion").asLong()).as("the version to set it again with").isEqualTo(1);
      assertThat(s.path("closedMonths").asInt()).isEqualTo(2);
      assertThat(s.path("months").toString())
          .isEqualTo("[{\"month\":\"2026-01\",\"amountCents\":0},{\"month\":\"2026-02\",\"amountCents\":26160}]");
      assertThat(s.path("spentCents").asLong()).isEqualTo(4 * TARIFF);
      assertThat(s.path("forecastCents").asLong()).isEqualTo(4 * TARIFF * 12 / 2);
      assertThat(s.path("marginBasisPoints").asLong()).isEqualTo(200);
      assertThat(s.path("overspending").asBoolean()).isTrue();
    }
  }
}
