package nl.wmokader.adapters.rest.governance;

import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The governance computations over HTTP: results, role rules and problems. */
class GovernanceRoutesTest {
  private static final String ALLOCATIONS = "/api/v1/cost-allocations";
  private static final String CONTRIBUTIONS = "/api/v1/contribution-calculations";
  private static final String VOTES = "/api/v1/vote-counts";
  private static final String BY_INHABITANTS = "{\"purpose\":\"REGIONAL_TEAMS\",\"totalCents\":100000000,"
      + "\"key\":{\"type\":\"inhabitants\",\"referenceDate\":\"2024-01-01\"}}";
  private static final String HOUSEHOLD = "{\"households\":[{\"id\":\"00000000-0000-0000-0000-00000000000a\","
      + "\"clientBirthDate\":\"1950-03-01\",\"provisions\":[{\"category\":\"HOUSEHOLD_HELP\",\"start\":\"2025-11-15\"}]}],"
      + "\"from\":\"2025-10\",\"until\":\"2026-02\"}";

  @Test
  void a_million_by_inhabitants_is_divided_to_the_cent() {
    try (GovernanceApi api = new GovernanceApi().withReferenceRegion()) {
      TestServer.Reply reply = api.server.post(ALLOCATIONS, "region", BY_INHABITANTS);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.header("API-Version")).hasValue("1.0.0");
      JsonNode allocation = reply.json();
      assertThat(allocation.path("purpose").asText()).isEqualTo("REGIONAL_TEAMS");
      assertThat(allocation.path("key").toString()).isEqualTo("{\"type\":\"inhabitants\",\"referenceDate\":\"2024-01-01\"}");
      assertThat(allocation.path("shares").toString()).isEqualTo("[{\"member\":\"0828\",\"amountCents\":32816347},"
          + "{\"member\":\"1721\",\"amountCents\":11276274},{\"member\":\"0755\",\"amountCents\":3918835},"
          + "{\"member\":\"1982\",\"amountCents\":31553179},{\"member\":\"1991\",\"amountCents\":20435365}]");
    }
  }

  @Test
  void actual_use_is_weighed_by_the_approved_claims_of_the_months_and_categories() {
    try (GovernanceApi api = new GovernanceApi().withReferenceRegion()
        .approvedClaim(YearMonth.of(2024, 3), "0828", ProductCategory.SHELTERED_HOUSING, 30_000)
        .approvedClaim(YearMonth.of(2024, 4), "0755", ProductCategory.SHELTER, 10_000)
        .approvedClaim(YearMonth.of(2024, 4), "1721", ProductCategory.GUIDANCE, 99_000)
        .approvedClaim(YearMonth.of(2025, 1), "1991", ProductCategory.SHELTERED_HOUSING, 99_000)) {
      TestServer.Reply reply = api.server.post(ALLOCATIONS, "municipality:1721", "{\"purpose\":\"SPECIALIST_SAFETY_NET\","
          + "\"totalCents\":1000,\"key\":{\"type\":\"actualUse\",\"fromMonth\":\"2024-01\",\"untilMonth\":\"2024-12\","
          + "\"categories\":[\"SHELTERED_HOUSING\",\"SHELTER\",\"EMERGENCY_SHELTER\",\"OTHER_SHELTERED_HOUSING_AND_SHELTER\"]}}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().path("key").path("use").toString()).isEqualTo("[{\"member\":\"0828\",\"weight\":30000},"
          + "{\"member\":\"1721\",\"weight\":0},{\"member\":\"0755\",\"weight\":10000},{\"member\":\"1982\",\"weight\":0},"
          + "{\"member\":\"1991\",\"weight\":0}]");
      assertThat(reply.json().path("shares").toString()).isEqualTo("[{\"member\":\"0828\",\"amountCents\":750},"
          + "{\"member\":\"1721\",\"amountCents\":0},{\"member\":\"0755\",\"amountCents\":250},"
          + "{\"member\":\"1982\",\"amountCents\":0},{\"member\":\"1991\",\"amountCents\":0}]");
    }
  }

  @Test
  void a_blend_of_fixed_shares_and_inhabitants_shows_both_keys() {
    try (GovernanceApi api = new GovernanceApi().withReferenceRegion()) {
      TestServer.Reply reply = api.server.post(ALLOCATIONS, "region", "{\"purpose\":\"REGIONAL_TEAMS\",\"totalCents\":400,"
          + "\"key\":{\"type\":\"blend\",\"year\":4,\"years\":4,\"from\":{\"type\":\"inhabitants\",\"referenceDate\":\"2024-01-01\"},"
          + "\"to\":{\"type\":\"fixedShares\",\"whole\":100,\"shares\":[{\"member\":\"0828\",\"share\":75},"
          + "{\"member\":\"0755\",\"share\":25}]}}}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      JsonNode key = reply.json().path("key");
      assertThat(key.path("type").asText()).isEqualTo("blend");
      assertThat(key.path("from").path("type").asText()).isEqualTo("inhabitants");
      assertThat(key.path("to").path("shares")).hasSize(2);
      assertThat(reply.json().path("shares").get(0).path("amountCents").asLong()).isEqualTo(300);
      assertThat(reply.json().path("shares").get(2).path("amountCents").asLong()).isEqualTo(100);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"provider:98000001", "supervisor", "municipality:0363"})
  void only_the_region_and_its_members_compute_allocations_and_count_votes(String actor) {
    try (GovernanceApi api = new GovernanceApi().withReferenceRegion()) {
      assertProblem(api.server.post(ALLOCATIONS, actor, BY_INHABITANTS), 403, "forbidden");
      assertProblem(api.server.post(VOTES, actor, "{\"subject\":\"Begroting\",\"referenceDate\":\"2024-06-01\","
          + "\"ballots\":[]}"), 403, "forbidden");
    }
  }

  @Test
  void without_an_actor_every_route_is_401() {
    try (GovernanceApi api = new GovernanceApi().withReferenceRegion()) {
      assertProblem(api.server.post(ALLOCATIONS, null, BY_INHABITANTS), 401, "actor_missing");
      assertProblem(api.server.post(CONTRIBUTIONS, null, HOUSEHOLD), 401, "actor_missing");
      assertProblem(api.server.get("/api/v1/arrangement", null), 401, "actor_missing");
    }
  }

  @Test
  void the_rules_refusals_are_422_and_an_undefined_region_404() {
    try (GovernanceApi api = new GovernanceApi()) {
      assertProblem(api.server.post(ALLOCATIONS, "region", BY_INHABITANTS), 404, "not_defined");
      api.withReferenceRegion();
      assertProblem(api.server.post(ALLOCATIONS, "region", "{\"purpose\":\"X\",\"totalCents\":1,\"key\":{"
          + "\"type\":\"fixedShares\",\"whole\":100,\"shares\":[{\"member\":\"0828\",\"share\":60}]}}"), 422, "shares_not_whole");
      assertProblem(api.server.post(ALLOCATIONS, "region", "{\"purpose\":\"X\",\"totalCents\":1,\"key\":{"
          + "\"type\":\"actualUse\",\"fromMonth\":\"2024-01\",\"untilMonth\":\"2024-12\",\"categories\":[\"SHELTER\"]}}"),
          422, "all_weights_zero");
    }
  }

  @Test
  void allocation_field_errors_of_the_shape_are_listed_at_once() {
    try (GovernanceApi api = new GovernanceApi().withReferenceRegion()) {
      TestServer.Reply reply = api.server.post(ALLOCATIONS, "region", "{\"purpose\":\"X\",\"totalCents\":1,\"key\":{"
          + "\"type\":\"blend\",\"referenceDate\":\"2024-01-01\",\"year\":1,\"years\":2,"
          + "\"from\":{\"type\":\"actualUse\",\"fromMonth\":\"2024-13\",\"untilMonth\":\"2024\",\"categories\":[\"SHELTER\"]},"
          + "\"to\":{\"type\":\"weights\"}}}");
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("key.referenceDate:not_allowed",
          "key.from.fromMonth:month_format", "key.from.untilMonth:month_format", "key.to.type:unknown_type");
    }
  }

  @Test
  void allocation_field_errors_of_the_use_case_are_listed_at_once() {
    try (GovernanceApi api = new GovernanceApi().withReferenceRegion()) {
      TestServer.Reply reply = api.server.post(ALLOCATIONS, "region", "{\"purpose\":\" \",\"totalCents\":-5,\"key\":{"
          + "\"type\":\"fixedShares\",\"shares\":[{\"member\":\"0828\",\"share\":-1},{\"member\":\"0828\"}]}}");
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("purpose:required", "totalCents:out_of_range",
          "key.shares[0].share:negative", "key.shares[1].member:duplicate", "key.shares[1].share:required",
          "key.whole:required");
    }
  }

  @Test
  void a_contribution_statement_charges_from_the_month_after_the_start() {
    try (GovernanceApi api = new GovernanceApi().withReferenceRegion()) {
      TestServer.Reply reply = api.server.post(CONTRIBUTIONS, "municipality:0828", HOUSEHOLD);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().toString()).isEqualTo("{\"from\":\"2025-10\",\"until\":\"2026-02\",\"totalCents\":6460,"
          + "\"charges\":[{\"household\":\"00000000-0000-0000-0000-00000000000a\",\"month\":\"2025-12\",\"amountCents\":2100,"
          + "\"scheme\":\"abonnementstarief\"},{\"household\":\"00000000-0000-0000-0000-00000000000a\",\"month\":\"2026-01\","
          + "\"amountCents\":2180,\"scheme\":\"abonnementstarief\"},{\"household\":\"00000000-0000-0000-0000-00000000000a\","
          + "\"month\":\"2026-02\",\"amountCents\":2180,\"scheme\":\"abonnementstarief\"}]}");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"provider:98000001", "supervisor"})
  void providers_and_supervisors_do_not_compute_contributions(String actor) {
    try (GovernanceApi api = new GovernanceApi()) {
      assertProblem(api.server.post(CONTRIBUTIONS, actor, HOUSEHOLD), 403, "forbidden");
    }
  }

  @Test
  void contribution_field_errors_are_listed_and_never_echo_the_household() {
    try (GovernanceApi api = new GovernanceApi()) {
      TestServer.Reply reply = api.server.post(CONTRIBUTIONS, "region", "{\"households\":[{\"id\":\"h-1\","
          + "\"clientBirthDate\":\"1950-03-01\",\"provisions\":[]}],\"from\":\"2025-1\",\"until\":\"2025-12\"}");
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("from:month_format", "households[0].id:uuid_format");

      TestServer.Reply missing = api.server.post(CONTRIBUTIONS, "region", "{\"households\":[{\"id\":"
          + "\"00000000-0000-0000-0000-00000000000a\",\"clientBirthDate\":\"1950-03-01\",\"provisions\":[{\"start\":"
          + "\"2025-05-01\",\"end\":\"2025-04-30\"}]}],\"until\":\"2025-12\"}");
      assertProblem(missing, 400, "invalid_input");
      assertThat(missing.invalidParams()).containsExactly("from:required",
          "households[0].provisions[0].category:required", "households[0].provisions[0].end:before_start");
      assertThat(missing.body()).doesNotContain("1950-03-01");
    }
  }

  @Test
  void a_month_without_a_rate_is_a_422() {
    try (GovernanceApi api = new GovernanceApi()) {
      assertProblem(api.server.post(CONTRIBUTIONS, "region", HOUSEHOLD.replace("\"2026-02\"", "\"2027-01\"")), 422,
          "no_rate_in_force");
    }
  }

  @Test
  void three_small_members_fail_on_weight_and_three_large_ones_pass() {
    try (GovernanceApi api = new GovernanceApi().withReferenceRegion()) {
      TestServer.Reply reply = api.server.post(VOTES, "region", "{\"subject\":\"Begroting 2025\",\"referenceDate\":"
          + "\"2024-06-01\",\"ballots\":[{\"voter\":\"1721\",\"choice\":\"IN_FAVOUR\"},{\"voter\":\"0755\",\"choice\":"
          + "\"IN_FAVOUR\"},{\"voter\":\"1991\",\"choice\":\"IN_FAVOUR\"},{\"voter\":\"0828\",\"choice\":\"AGAINST\"},"
          + "{\"voter\":\"1982\",\"choice\":\"ABSTAIN\"}]}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().toString()).isEqualTo("{\"subject\":\"Begroting 2025\",\"referenceDate\":\"2024-06-01\","
          + "\"passed\":false,\"shortfalls\":[\"TOO_FEW_INHABITANTS_IN_FAVOUR\"],\"inFavour\":3,\"against\":1,"
          + "\"abstaining\":1,\"absent\":0,\"inhabitantsInFavour\":102759,\"totalInhabitants\":288402,\"rule\":"
          + "{\"minimumInFavour\":3,\"weightedMajority\":true,\"thresholdNumerator\":1,\"thresholdDenominator\":2}}");

      JsonNode passed = api.server.post(VOTES, "municipality:0755", "{\"subject\":\"Begroting 2025\",\"referenceDate\":"
          + "\"2024-06-01\",\"ballots\":[{\"voter\":\"0828\",\"choice\":\"IN_FAVOUR\"},{\"voter\":\"1982\",\"choice\":"
          + "\"IN_FAVOUR\"},{\"voter\":\"0755\",\"choice\":\"IN_FAVOUR\"}]}").json();
      assertThat(passed.path("passed").asBoolean()).isTrue();
      assertThat(passed.path("absent").asInt()).isEqualTo(2);
    }
  }

  @Test
  void vote_count_problems() {
    try (GovernanceApi api = new GovernanceApi().withReferenceRegion()) {
      TestServer.Reply invalid = api.server.post(VOTES, "region", "{\"subject\":\"\",\"ballots\":[{\"voter\":\"82\"},"
          + "{\"choice\":\"MAYBE\"}]}");
      assertProblem(invalid, 400, "invalid_input");
      assertThat(invalid.invalidParams()).containsExactly("ballots[1].choice:invalid_type",
          "ballots[0].voter:municipality_code_format");

      TestServer.Reply missing = api.server.post(VOTES, "region", "{\"subject\":\"\",\"ballots\":[{\"voter\":\"0828\"}]}");
      assertThat(missing.invalidParams()).containsExactly("subject:required", "referenceDate:required",
          "ballots[0].choice:required");

      assertProblem(api.server.post(VOTES, "region", "{\"subject\":\"X\",\"referenceDate\":\"2024-06-01\",\"ballots\":"
          + "[{\"voter\":\"0363\",\"choice\":\"IN_FAVOUR\"}]}"), 422, "ballot_from_non_member");
      assertProblem(api.server.post(VOTES, "region", "{\"subject\":\"X\",\"referenceDate\":\"2023-06-01\",\"ballots\":[]}"),
          422, "no_inhabitants");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"region", "supervisor", "provider:98000001", "municipality:0363"})
  void every_actor_reads_the_arrangement_as_of_today(String actor) {
    try (GovernanceApi api = new GovernanceApi()) {
      TestServer.Reply reply = api.server.get("/api/v1/arrangement", actor);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().toString()).isEqualTo("{\"start\":\"2024-01-01\",\"originalEnd\":\"2028-12-31\","
          + "\"end\":\"2028-12-31\",\"extensions\":[],\"asOf\":\"2025-03-01\",\"inForce\":true}");
      api.clock.set(LocalDate.of(2029, 1, 1));
      assertThat(api.server.get("/api/v1/arrangement", actor).json().path("inForce").asBoolean()).isFalse();
    }
  }
}
