package nl.wmokader.adapters.rest.contracting;

import static nl.wmokader.adapters.rest.contracting.ContractingApi.CONTRACTS;
import static nl.wmokader.adapters.rest.contracting.ContractingApi.CONTRACT_2025;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract routes doing their work, the domain's refusals as 404/422, and the role rules. */
class ContractRoutesTest {
  private static final String UNKNOWN = CONTRACTS + "/00000000-0000-0000-0000-00000000ffff";
  private static final String LOT_2026 = "{\"product\":\"02A01\",\"from\":\"2026-01-01\",\"until\":\"2026-12-31\"}";

  // --- contracting

  @Test
  void region_staff_contract_a_provider_with_lots_and_get_its_url() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      TestServer.Reply reply = api.server.post(CONTRACTS, "region", CONTRACT_2025);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      JsonNode contract = reply.json();
      String id = contract.path("id").asText();
      assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      assertThat(reply.header("Location")).hasValue("/api/v1/contracts/" + id);
      assertThat(contract.path("provider").asText()).isEqualTo("12345678");
      assertThat(contract.path("from").asText()).isEqualTo("2025-01-01");
      assertThat(contract.path("until").asText()).isEqualTo("2025-12-31");
      assertThat(contract.path("status").asText()).isEqualTo("ACTIVE");
      assertThat(contract.has("terminatedFrom")).isFalse();
      assertThat(contract.path("lots").toString()).isEqualTo(
          "[{\"product\":\"02A01\",\"from\":\"2025-01-01\",\"until\":\"2025-12-31\",\"tariffs\":[]},"
              + "{\"product\":\"01A01\",\"from\":\"2025-01-01\",\"until\":\"2025-12-31\",\"tariffs\":"
              + "[{\"from\":\"2025-01-01\",\"until\":\"2025-12-31\",\"tariffCents\":3000}]}]");
      assertThat(contract.path("clientStops")).isEmpty();
      assertThat(contract.path("version").asLong()).isEqualTo(1);
      assertThat(api.server.get("/api/v1/contracts/" + id, "region").json()).isEqualTo(contract);
      assertThat(api.stored().contracts()).hasSize(1);
    }
  }

  @Test
  void a_contract_may_start_without_lots_and_be_open_ended() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      TestServer.Reply reply = api.server.post(CONTRACTS, "region", "{\"provider\":\"87654321\",\"from\":\"2025-07-01\"}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      assertThat(reply.json().path("lots")).isEmpty();
      assertThat(reply.json().has("until")).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"municipality:0828", "provider:12345678", "supervisor"})
  void only_region_staff_contract_a_provider(String actor) {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      assertProblem(api.server.post(CONTRACTS, actor, CONTRACT_2025), 403, "forbidden");
      assertThat(api.stored().contracts()).isEmpty();
    }
  }

  @Test
  void contracting_an_unregistered_provider_is_a_404() {
    try (ContractingApi api = new ContractingApi()) {
      assertProblem(api.server.post(CONTRACTS, "region", CONTRACT_2025), 404, "not_found");
      assertThat(api.stored().contracts()).isEmpty();
    }
  }

  @Test
  void the_domains_refusals_of_a_new_contract_are_422_problems_with_their_codes() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      api.contracted(CONTRACT_2025);
      var before = api.stored();
      assertProblem(api.server.post(CONTRACTS, "region", "{\"provider\":\"12345678\",\"from\":\"2025-12-01\"}"),
          422, "contracts_overlap");
      assertProblem(api.server.post(CONTRACTS, "region", "{\"provider\":\"87654321\",\"from\":\"2025-01-01\","
          + "\"until\":\"2025-12-31\",\"lots\":[{\"product\":\"02A01\",\"from\":\"2025-01-01\"}]}"), 422, "lot_outside_contract_period");
      assertProblem(api.server.post(CONTRACTS, "region", "{\"provider\":\"87654321\",\"from\":\"2025-01-01\","
          + "\"lots\":[{\"product\":\"02A01\",\"from\":\"2025-01-01\",\"until\":\"2025-06-30\"},"
          + "{\"product\":\"02A01\",\"from\":\"2025-06-30\"}]}"), 422, "lots_overlap");
      assertProblem(api.server.post(CONTRACTS, "region", "{\"provider\":\"87654321\",\"from\":\"2025-01-01\","
          + "\"lots\":[{\"product\":\"99Z99\",\"from\":\"2025-01-01\"}]}"), 422, "product_not_in_catalogue");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  // --- reading

  @ParameterizedTest
  @ValueSource(strings = {"region", "municipality:1721", "supervisor", "provider:12345678"})
  void the_region_members_supervisors_and_the_provider_itself_read_a_contract_and_the_list(String actor) {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      String path = api.contracted(CONTRACT_2025);
      TestServer.Reply one = api.server.get(path, actor);
      assertThat(one.status()).as(one.toString()).isEqualTo(200);
      JsonNode page = api.server.get(CONTRACTS + "?provider=12345678", actor).json();
      assertThat(page.path("totalItems").asLong()).isEqualTo(1);
      assertThat(page.path("items").get(0)).isEqualTo(one.json());
    }
  }

  @Test
  void another_providers_contract_is_not_found_and_not_listed() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      String path = api.contracted(CONTRACT_2025);
      assertProblem(api.server.get(path, "provider:87654321"), 404, "not_found");
      JsonNode page = api.server.get(CONTRACTS + "?provider=12345678", "provider:87654321").json();
      assertThat(page.path("items")).isEmpty();
      assertThat(page.path("totalItems").asLong()).isZero();
    }
  }

  @Test
  void an_unknown_contract_or_provider_is_not_found() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      assertProblem(api.server.get(UNKNOWN, "region"), 404, "not_found");
      assertProblem(api.server.get(CONTRACTS + "?provider=11111111", "region"), 404, "not_found");
    }
  }

  @Test
  void the_list_is_ordered_by_period_and_paged_with_links_that_keep_the_provider() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      api.contracted("{\"provider\":\"12345678\",\"from\":\"2026-01-01\",\"until\":\"2026-12-31\"}");
      api.contracted(CONTRACT_2025);
      JsonNode first = api.server.get(CONTRACTS + "?provider=12345678&pageSize=1", "region").json();
      assertThat(first.path("items").get(0).path("from").asText()).isEqualTo("2025-01-01");
      assertThat(first.path("links").path("next").path("href").asText())
          .isEqualTo("/api/v1/contracts?provider=12345678&page=1&pageSize=1");
      JsonNode second = api.server.get(CONTRACTS + "?provider=12345678&page=1&pageSize=1", "region").json();
      assertThat(second.path("items").get(0).path("from").asText()).isEqualTo("2026-01-01");
    }
  }

  // --- lots

  @Test
  void region_staff_add_a_lot_and_the_domain_refuses_overlaps_and_lots_outside_the_period() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      String path = api.contracted("{\"provider\":\"12345678\",\"from\":\"2025-01-01\",\"until\":\"2026-12-31\"}");
      TestServer.Reply added = api.server.post(path + "/lots", "region",
          "{\"product\":\"02A01\",\"from\":\"2026-01-01\",\"until\":\"2026-12-31\",\"tariffCents\":7000}");
      assertThat(added.status()).as(added.toString()).isEqualTo(200);
      assertThat(added.json().path("lots").toString())
          .isEqualTo("[{\"product\":\"02A01\",\"from\":\"2026-01-01\",\"until\":\"2026-12-31\",\"tariffs\":"
              + "[{\"from\":\"2026-01-01\",\"until\":\"2026-12-31\",\"tariffCents\":7000}]}]");
      assertThat(added.json().path("version").asLong()).isEqualTo(2);
      var before = api.stored();
      assertProblem(api.server.post(path + "/lots", "region", LOT_2026), 422, "lots_overlap");
      assertProblem(api.server.post(path + "/lots", "region",
          "{\"product\":\"01A01\",\"from\":\"2026-01-01\",\"until\":\"2027-01-01\"}"), 422, "lot_outside_contract_period");
      assertProblem(api.server.post(path + "/lots", "region",
          "{\"product\":\"99Z99\",\"from\":\"2026-01-01\",\"until\":\"2026-12-31\"}"), 422, "product_not_in_catalogue");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  // --- termination

  @Test
  void terminating_ends_the_lots_the_day_before_and_is_final() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      String path = api.contracted(CONTRACT_2025);
      TestServer.Reply reply = api.server.post(path + "/termination", "region", "{\"from\":\"2025-09-01\"}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      JsonNode contract = reply.json();
      assertThat(contract.path("status").asText()).isEqualTo("TERMINATED");
      assertThat(contract.path("terminatedFrom").asText()).isEqualTo("2025-09-01");
      assertThat(contract.path("until").asText()).isEqualTo("2025-12-31");
      assertThat(contract.path("lots").get(0).path("until").asText()).isEqualTo("2025-08-31");
      var before = api.stored();
      assertProblem(api.server.post(path + "/termination", "region", "{\"from\":\"2025-10-01\"}"), 422, "contract_terminated");
      assertProblem(api.server.post(path + "/lots", "region",
          "{\"product\":\"02A01\",\"from\":\"2025-01-01\",\"until\":\"2025-01-31\"}"), 422, "contract_terminated");
      assertProblem(api.server.post(path + "/client-stops", "region",
          "{\"from\":\"2025-07-01\",\"reason\":\"OTHER\"}"), 422, "contract_terminated");
      assertProblem(api.server.post(path + "/client-stop-lifts", "region", "{\"from\":\"2025-07-01\"}"), 422,
          "contract_terminated");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void a_termination_in_the_past_or_outside_the_period_is_refused() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      String path = api.contracted(CONTRACT_2025);
      var before = api.stored();
      assertProblem(api.server.post(path + "/termination", "region", "{\"from\":\"2025-05-31\"}"), 422, "retroactive_change");
      assertProblem(api.server.post(path + "/termination", "region", "{\"from\":\"2026-01-01\"}"), 422,
          "termination_outside_contract_period");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  // --- client stops

  @ParameterizedTest
  @ValueSource(strings = {"region", "municipality:0828", "municipality:1721"})
  void a_client_stop_is_imposed_and_lifted_by_region_or_member_staff(String actor) {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      String path = api.contracted(CONTRACT_2025);
      TestServer.Reply imposed = api.server.post(path + "/client-stops", actor,
          "{\"from\":\"2025-07-01\",\"reason\":\"QUALITY_SIGNALS\"}");
      assertThat(imposed.status()).as(imposed.toString()).isEqualTo(200);
      assertThat(imposed.json().path("clientStops").toString())
          .isEqualTo("[{\"from\":\"2025-07-01\",\"reason\":\"QUALITY_SIGNALS\"}]");
      TestServer.Reply lifted = api.server.post(path + "/client-stop-lifts", actor, "{\"from\":\"2025-08-15\"}");
      assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
      assertThat(lifted.json().path("clientStops").toString())
          .isEqualTo("[{\"from\":\"2025-07-01\",\"until\":\"2025-08-14\",\"reason\":\"QUALITY_SIGNALS\"}]");
    }
  }

  @Test
  void the_domains_refusals_of_client_stops_are_422_problems() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      String path = api.contracted(CONTRACT_2025);
      assertProblem(api.server.post(path + "/client-stop-lifts", "region", "{\"from\":\"2025-07-01\"}"), 422,
          "no_client_stop_to_lift");
      api.server.post(path + "/client-stops", "region",
          "{\"from\":\"2025-07-01\",\"until\":\"2025-07-31\",\"reason\":\"FRAUD_SIGNALS\"}");
      var before = api.stored();
      assertProblem(api.server.post(path + "/client-stops", "region",
          "{\"from\":\"2025-07-31\",\"reason\":\"OTHER\"}"), 422, "client_stops_overlap");
      assertProblem(api.server.post(path + "/client-stops", "region",
          "{\"from\":\"2025-05-01\",\"until\":\"2025-05-31\",\"reason\":\"OTHER\"}"), 422, "retroactive_change");
      assertProblem(api.server.post(path + "/client-stop-lifts", "region", "{\"from\":\"2025-05-31\"}"), 422,
          "retroactive_change");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  // --- scope of the changes

  @ParameterizedTest
  @ValueSource(strings = {"municipality:0828", "provider:12345678", "supervisor"})
  void only_region_staff_change_a_contract(String actor) {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      String path = api.contracted(CONTRACT_2025);
      var before = api.stored();
      assertProblem(api.server.post(path + "/lots", actor, LOT_2026.replace("2026", "2025")), 403, "forbidden");
      assertProblem(api.server.post(path + "/termination", actor, "{\"from\":\"2025-09-01\"}"), 403, "forbidden");
      // a member's staff stop new assignments (a_client_stop_is_imposed_and_lifted_by_region_or_member_staff)
      String stopper = actor.startsWith("municipality:") ? "municipality:0363" : actor;
      assertProblem(api.server.post(path + "/client-stops", stopper, "{\"from\":\"2025-07-01\",\"reason\":\"OTHER\"}"),
          403, "forbidden");
      assertProblem(api.server.post(path + "/client-stop-lifts", stopper, "{\"from\":\"2025-07-01\"}"), 403,
          "forbidden");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void changing_an_unknown_contract_is_a_404() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      api.contracted(CONTRACT_2025);
      var before = api.stored();
      assertProblem(api.server.post(UNKNOWN + "/lots", "region", LOT_2026), 404, "not_found");
      assertProblem(api.server.post(UNKNOWN + "/termination", "region", "{\"from\":\"2025-09-01\"}"), 404, "not_found");
      assertProblem(api.server.post(UNKNOWN + "/client-stops", "region", "{\"from\":\"2025-07-01\",\"reason\":\"OTHER\"}"),
          404, "not_found");
      assertProblem(api.server.post(UNKNOWN + "/client-stop-lifts", "region", "{\"from\":\"2025-07-01\"}"), 404, "not_found");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void every_route_needs_an_actor() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      String path = api.contracted(CONTRACT_2025);
      var before = api.stored();
      assertProblem(api.server.get(CONTRACTS + "?provider=12345678", null), 401, "actor_missing");
      assertProblem(api.server.get(path, null), 401, "actor_missing");
      assertProblem(api.server.post(CONTRACTS, null, CONTRACT_2025), 401, "actor_missing");
      for (String sub : List.of("/lots", "/termination", "/client-stops", "/client-stop-lifts")) {
        assertProblem(api.server.post(path + sub, "Region", "{\"from\":\"2025-09-01\"}"), 401, "actor_invalid");
      }
      assertThat(api.stored()).isEqualTo(before);
    }
  }
}
