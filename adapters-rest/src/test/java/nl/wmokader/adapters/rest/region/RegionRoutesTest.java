package nl.wmokader.adapters.rest.region;

import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The region's routes doing their work, and the role rules as HTTP statuses. */
class RegionRoutesTest {

  @Test
  void reading_an_undefined_region_is_a_404_problem() {
    try (RegionApi api = new RegionApi()) {
      assertProblem(api.server.get("/api/v1/region", "region"), 404, "not_defined");
    }
  }

  @Test
  void region_staff_define_the_region() {
    try (RegionApi api = new RegionApi()) {
      TestServer.Reply reply = api.server.put("/api/v1/region", "region", RegionApi.DEFINITION);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.contentType()).startsWith("application/json");
      assertThat(reply.header("API-Version")).hasValue("1.0.0");
      JsonNode region = reply.json();
      assertThat(region.path("name").asText()).isEqualTo("Regio Noordoost-Brabant");
      assertThat(region.path("members")).hasSize(3);
      assertThat(region.path("members").get(0).toString())
          .isEqualTo("{\"code\":\"0828\",\"name\":\"Oss\",\"central\":true}");
      assertThat(region.path("inhabitantCounts")).isEmpty();
      assertThat(region.path("version").asLong()).isEqualTo(1);
      assertThat(api.stored().get().members()).hasSize(3);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"region", "supervisor", "municipality:1721", "municipality:0001", "provider:12345678"})
  void every_actor_reads_the_region(String actor) {
    try (RegionApi api = new RegionApi().defined()) {
      TestServer.Reply reply = api.server.get("/api/v1/region", actor);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().path("name").asText()).isEqualTo("Regio Noordoost-Brabant");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"municipality:0828", "provider:12345678", "supervisor"})
  void only_region_staff_define_the_region(String actor) {
    try (RegionApi api = new RegionApi()) {
      assertProblem(api.server.put("/api/v1/region", actor, RegionApi.DEFINITION), 403, "forbidden");
      assertThat(api.stored().isEmpty()).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"municipality:0828", "provider:12345678", "supervisor"})
  void only_region_staff_record_inhabitants(String actor) {
    try (RegionApi api = new RegionApi().defined()) {
      var before = api.stored();
      assertProblem(api.server.post("/api/v1/region/inhabitant-counts", actor,
          "{\"municipality\":\"0828\",\"referenceDate\":\"2025-01-01\",\"inhabitants\":100000}"), 403, "forbidden");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void recording_inhabitants_answers_the_region_with_the_count_and_iso_dates() {
    try (RegionApi api = new RegionApi().defined()) {
      TestServer.Reply reply = api.server.post("/api/v1/region/inhabitant-counts", "region",
          "{\"municipality\":\"0828\",\"referenceDate\":\"2025-01-01\",\"inhabitants\":100000}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().path("inhabitantCounts").toString())
          .isEqualTo("[{\"municipality\":\"0828\",\"referenceDate\":\"2025-01-01\",\"inhabitants\":100000}]");
      assertThat(api.stored().get().inhabitantCounts()).hasSize(1);
    }
  }

  @Test
  void a_count_for_the_same_member_and_date_replaces_the_earlier_one() {
    try (RegionApi api = new RegionApi().defined()) {
      api.server.post("/api/v1/region/inhabitant-counts", "region",
          "{\"municipality\":\"0828\",\"referenceDate\":\"2025-01-01\",\"inhabitants\":100000}");
      JsonNode region = api.server.post("/api/v1/region/inhabitant-counts", "region",
          "{\"municipality\":\"0828\",\"referenceDate\":\"2025-01-01\",\"inhabitants\":100500}").json();
      assertThat(region.path("inhabitantCounts")).hasSize(1);
      assertThat(region.path("inhabitantCounts").get(0).path("inhabitants").asLong()).isEqualTo(100500);
    }
  }

  @Test
  void redefining_keeps_the_counts_of_remaining_members() {
    try (RegionApi api = new RegionApi().defined()) {
      api.server.post("/api/v1/region/inhabitant-counts", "region",
          "{\"municipality\":\"1721\",\"referenceDate\":\"2025-01-01\",\"inhabitants\":32000}");
      api.server.post("/api/v1/region/inhabitant-counts", "region",
          "{\"municipality\":\"0796\",\"referenceDate\":\"2025-01-01\",\"inhabitants\":160000}");
      long version = api.server.get("/api/v1/region", "region").json().path("version").asLong();
      TestServer.Reply reply = api.server.put("/api/v1/region", "region",
          "{\"name\":\"Regio Oss\",\"members\":[{\"code\":\"0828\",\"name\":\"Oss\",\"central\":true},"
              + "{\"code\":\"1721\",\"name\":\"Bernheze\",\"central\":false}],\"version\":" + version + "}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().path("name").asText()).isEqualTo("Regio Oss");
      assertThat(reply.json().path("inhabitantCounts").toString())
          .isEqualTo("[{\"municipality\":\"1721\",\"referenceDate\":\"2025-01-01\",\"inhabitants\":32000}]");
    }
  }

  @Test
  void recording_for_a_municipality_outside_the_region_is_a_422_problem() {
    try (RegionApi api = new RegionApi().defined()) {
      var before = api.stored();
      assertProblem(api.server.post("/api/v1/region/inhabitant-counts", "region",
          "{\"municipality\":\"0363\",\"referenceDate\":\"2025-01-01\",\"inhabitants\":900000}"), 422, "not_a_member");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void recording_before_the_region_is_defined_is_a_404_problem() {
    try (RegionApi api = new RegionApi()) {
      assertProblem(api.server.post("/api/v1/region/inhabitant-counts", "region",
          "{\"municipality\":\"0828\",\"referenceDate\":\"2025-01-01\",\"inhabitants\":1}"), 404, "not_defined");
      assertThat(api.stored().isEmpty()).isTrue();
    }
  }

  @Test
  void a_definition_names_the_version_it_replaces_and_a_stale_one_changes_nothing() {
    try (RegionApi api = new RegionApi().defined()) {
      var before = api.stored();
      long version = api.server.get("/api/v1/region", "region").json().path("version").asLong();
      String without = RegionApi.DEFINITION.replace(",\"version\":0", "");
      assertThat(api.server.put("/api/v1/region", "region", without).invalidParams()).containsExactly("version:required");
      assertThat(api.server.put("/api/v1/region", "region", RegionApi.DEFINITION.replace("\"version\":0",
          "\"version\":-1")).invalidParams()).containsExactly("version:out_of_range");
      assertProblem(api.server.put("/api/v1/region", "region", RegionApi.DEFINITION), 409, "stale_version");
      assertProblem(api.server.put("/api/v1/region", "region",
          RegionApi.DEFINITION.replace("\"version\":0", "\"version\":" + (version + 1))), 409, "stale_version");
      assertThat(api.stored()).isEqualTo(before);
      TestServer.Reply replaced = api.server.put("/api/v1/region", "region",
          RegionApi.DEFINITION.replace("\"version\":0", "\"version\":" + version).replace("Noordoost", "Oost"));
      assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
      assertThat(replaced.json().path("version").asLong()).isEqualTo(version + 1);
    }
  }

  @Test
  void the_domains_own_field_errors_are_listed_too() {
    try (RegionApi api = new RegionApi()) {
      TestServer.Reply reply = api.server.put("/api/v1/region", "region",
          "{\"name\":\"R\",\"members\":[{\"code\":\"0828\",\"name\":\"Oss\",\"central\":true},"
              + "{\"code\":\"0828\",\"name\":\"Oss again\",\"central\":true}],\"version\":0}");
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("members:one_central", "members:duplicate_code");
      assertThat(api.stored().isEmpty()).isTrue();
    }
  }

  @Test
  void a_negative_count_is_invalid_input() {
    try (RegionApi api = new RegionApi().defined()) {
      var before = api.stored();
      TestServer.Reply reply = api.server.post("/api/v1/region/inhabitant-counts", "region",
          "{\"municipality\":\"0828\",\"referenceDate\":\"2025-01-01\",\"inhabitants\":-1}");
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("inhabitants:negative");
      assertThat(api.stored()).isEqualTo(before);
    }
  }
}
