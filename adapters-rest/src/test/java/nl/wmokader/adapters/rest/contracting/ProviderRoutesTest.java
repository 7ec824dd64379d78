package nl.wmokader.adapters.rest.contracting;

import static nl.wmokader.adapters.rest.contracting.ContractingApi.PROVIDERS;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The provider register's routes doing their work, and the role rules as HTTP statuses. */
class ProviderRoutesTest {
  private static final String MAASOEVER = ContractingApi.registration("12345678", "Zorggroep De Maasoever");

  @Test
  void region_staff_register_a_provider_and_get_its_url() {
    try (ContractingApi api = new ContractingApi()) {
      TestServer.Reply reply = api.server.post(PROVIDERS, "region", MAASOEVER);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      assertThat(reply.header("Location")).hasValue("/api/v1/providers/12345678");
      assertThat(reply.header("API-Version")).hasValue("1.0.0");
      assertThat(reply.body()).isEqualTo("{\"agbCode\":\"12345678\",\"name\":\"Zorggroep De Maasoever\",\"chamberOfCommerce\":\"99000001\","
          + "\"deliveryForms\":[\"IN_KIND\"],\"supervisionContact\":{\"name\":\"Anne de Vries\",\"email\":\"toezicht@aanbieder.example\","
          + "\"phone\":\"+31 412 123456\"},\"version\":1}");
      assertThat(api.stored().providers()).hasSize(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"municipality:0828", "provider:12345678", "supervisor"})
  void only_region_staff_register_a_provider(String actor) {
    try (ContractingApi api = new ContractingApi()) {
      assertProblem(api.server.post(PROVIDERS, actor, MAASOEVER), 403, "forbidden");
      assertThat(api.stored().providers()).isEmpty();
    }
  }

  @Test
  void an_agb_code_registered_already_is_a_409_duplicate() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      var before = api.stored();
      assertProblem(api.server.post(PROVIDERS, "region", ContractingApi.registration("12345678", "Other")), 409, "duplicate");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void the_core_reports_a_name_that_is_too_long() {
    try (ContractingApi api = new ContractingApi()) {
      TestServer.Reply reply = api.server.post(PROVIDERS, "region",
          ContractingApi.registration("12345678", "x".repeat(201)));
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("name:too_long");
      assertThat(api.stored().providers()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"region", "supervisor", "municipality:1721", "provider:12345678", "provider:11111111"})
  void every_actor_reads_providers(String actor) {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      TestServer.Reply one = api.server.get(PROVIDERS + "/87654321", actor);
      assertThat(one.status()).as(one.toString()).isEqualTo(200);
      assertThat(one.json().path("name").asText()).isEqualTo("Thuiszorg Oost");
      JsonNode page = api.server.get(PROVIDERS, actor).json();
      assertThat(page.path("totalItems").asLong()).isEqualTo(2);
      assertThat(page.path("items").get(0).path("agbCode").asText()).isEqualTo("12345678");
    }
  }

  @Test
  void an_unregistered_provider_is_not_found() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      assertProblem(api.server.get(PROVIDERS + "/11111111", "region"), 404, "not_found");
    }
  }

  @Test
  void the_list_is_paged_by_agb_code() {
    try (ContractingApi api = new ContractingApi().withProviders().registered("00000001", "Aanbieder Een")) {
      JsonNode page = api.server.get(PROVIDERS + "?page=1&pageSize=2", "region").json();
      assertThat(page.path("items")).hasSize(1);
      assertThat(page.path("items").get(0).path("agbCode").asText()).isEqualTo("87654321");
      assertThat(page.path("totalItems").asLong()).isEqualTo(3);
      assertThat(page.path("totalPages").asLong()).isEqualTo(2);
      assertThat(page.path("links").path("first").path("href").asText()).isEqualTo("/api/v1/providers?page=0&pageSize=2");
    }
  }

  @Test
  void every_route_needs_an_actor() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      var before = api.stored();
      assertProblem(api.server.get(PROVIDERS, null), 401, "actor_missing");
      assertProblem(api.server.get(PROVIDERS + "/12345678", "provider:1234"), 401, "actor_invalid");
      assertProblem(api.server.post(PROVIDERS, null, "{\"agbCode\":\"11111111\",\"name\":\"X\"}"), 401, "actor_missing");
      assertThat(api.stored()).isEqualTo(before);
    }
  }
}
