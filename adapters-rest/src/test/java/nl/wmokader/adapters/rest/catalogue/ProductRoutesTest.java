package nl.wmokader.adapters.rest.catalogue;

import static nl.wmokader.adapters.rest.catalogue.CatalogueApi.GUIDANCE;
import static nl.wmokader.adapters.rest.catalogue.CatalogueApi.HOUSEHOLD_HELP;
import static nl.wmokader.adapters.rest.catalogue.CatalogueApi.OSS_LOCAL;
import static nl.wmokader.adapters.rest.catalogue.CatalogueApi.PRODUCTS;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue's routes doing their work, and the role rules as HTTP statuses. */
class ProductRoutesTest {
  private static final String REVISION = "{\"name\":\"Begeleiding individueel 2026\",\"unit\":\"HOUR\","
      + "\"variant\":\"EFFORT_BASED\",\"frequency\":\"PER_WEEK\",\"from\":\"2026-01-01\"}";
  private static final String TARIFF_2025 = "{\"tariffCents\":6540,\"from\":\"2025-01-01\"}";
  private static final String TARIFF_2026 = "{\"tariffCents\":6790,\"from\":\"2026-01-01\",\"until\":\"2026-12-31\"}";

  // --- define

  @Test
  void region_staff_define_a_product_and_get_its_url() {
    try (CatalogueApi api = new CatalogueApi()) {
      TestServer.Reply reply = api.server.post(PRODUCTS, "region", GUIDANCE);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      assertThat(reply.header("Location")).hasValue("/api/v1/products/02A01");
      assertThat(reply.header("API-Version")).hasValue("1.0.0");
      JsonNode product = reply.json();
      assertThat(product.path("code").asText()).isEqualTo("02A01");
      assertThat(product.path("category").asText()).isEqualTo("GUIDANCE");
      assertThat(product.has("localTo")).isFalse();
      assertThat(product.path("versions").toString()).isEqualTo("[{\"code\":\"02A01\",\"category\":\"GUIDANCE\","
          + "\"name\":\"Begeleiding individueel\",\"unit\":\"HOUR\",\"variant\":\"EFFORT_BASED\",\"frequency\":\"PER_WEEK\","
          + "\"from\":\"2025-01-01\"}]");
      assertThat(product.path("referenceTariffs")).isEmpty();
      assertThat(product.path("version").asLong()).isEqualTo(1);
      assertThat(api.stored()).hasSize(1);
      assertThat(api.server.get("/api/v1/products/02A01", "region").json()).isEqualTo(product);
    }
  }

  @Test
  void a_members_staff_define_a_product_local_to_their_own_municipality() {
    try (CatalogueApi api = new CatalogueApi()) {
      TestServer.Reply reply = api.server.post(PRODUCTS, "municipality:0828", OSS_LOCAL);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      assertThat(reply.json().path("localTo").asText()).isEqualTo("0828");
      assertThat(reply.json().path("versions").get(0).path("localTo").asText()).isEqualTo("0828");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"provider:12345678", "supervisor", "municipality:0828"})
  void only_region_staff_define_a_regional_product(String actor) {
    try (CatalogueApi api = new CatalogueApi()) {
      assertProblem(api.server.post(PRODUCTS, actor, GUIDANCE), 403, "forbidden");
      assertThat(api.stored()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"provider:12345678", "supervisor", "municipality:1721"})
  void nobody_else_defines_a_members_local_product(String actor) {
    try (CatalogueApi api = new CatalogueApi()) {
      assertProblem(api.server.post(PRODUCTS, actor, OSS_LOCAL), 403, "forbidden");
      assertThat(api.stored()).isEmpty();
    }
  }

  @Test
  void a_local_product_of_a_municipality_outside_the_region_is_a_422_problem() {
    try (CatalogueApi api = new CatalogueApi()) {
      assertProblem(api.server.post(PRODUCTS, "region", OSS_LOCAL.replace("0828", "0363")), 422, "not_a_member");
      assertThat(api.stored()).isEmpty();
    }
  }

  @Test
  void a_code_that_exists_is_a_409_duplicate() {
    try (CatalogueApi api = new CatalogueApi().defined("region", GUIDANCE)) {
      var before = api.stored();
      assertProblem(api.server.post(PRODUCTS, "region", GUIDANCE.replace("individueel", "groep")), 409, "duplicate");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void the_core_reports_a_name_that_is_too_long() {
    try (CatalogueApi api = new CatalogueApi()) {
      TestServer.Reply reply = api.server.post(PRODUCTS, "region",
          GUIDANCE.replace("Begeleiding individueel", "x".repeat(201)));
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("name:too_long");
      assertThat(api.stored()).isEmpty();
    }
  }

  // --- read

  @ParameterizedTest
  @ValueSource(strings = {"region", "supervisor", "municipality:1721", "municipality:0828", "provider:12345678"})
  void every_actor_reads_a_regional_product_and_the_catalogue(String actor) {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      TestServer.Reply product = api.server.get("/api/v1/products/02A01", actor);
      assertThat(product.status()).as(product.toString()).isEqualTo(200);
      assertThat(product.json().path("code").asText()).isEqualTo("02A01");
      TestServer.Reply list = api.server.get(PRODUCTS, actor);
      assertThat(list.status()).as(list.toString()).isEqualTo(200);
      assertThat(codes(list.json())).contains("01A01", "02A01");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"region", "supervisor", "municipality:0828", "provider:12345678"})
  void a_local_product_is_visible_to_all_but_other_members(String actor) {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      assertThat(api.server.get("/api/v1/products/L0828", actor).status()).isEqualTo(200);
      assertThat(codes(api.server.get(PRODUCTS, actor).json())).containsExactly("01A01", "02A01", "L0828");
    }
  }

  @Test
  void another_members_local_product_is_not_found_and_not_listed() {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      String other = "municipality:1721";
      assertProblem(api.server.get("/api/v1/products/L0828", other), 404, "not_found");
      assertProblem(api.server.get("/api/v1/products/L0828/versions/current?asOf=2025-06-01", other), 404, "not_found");
      assertProblem(api.server.get("/api/v1/products/L0828/reference-tariffs/current?asOf=2025-06-01", other),
          404, "not_found");
      assertThat(codes(api.server.get(PRODUCTS, other).json())).containsExactly("01A01", "02A01");
      var before = api.stored();
      assertProblem(api.server.post("/api/v1/products/L0828/versions", other, REVISION), 404, "not_found");
      assertProblem(api.server.post("/api/v1/products/L0828/reference-tariffs", other, TARIFF_2025), 404, "not_found");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void an_unknown_product_is_not_found_on_every_route() {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      var before = api.stored();
      assertProblem(api.server.get("/api/v1/products/99Z99", "region"), 404, "not_found");
      assertProblem(api.server.get("/api/v1/products/99Z99/versions/current?asOf=2025-06-01", "region"), 404, "not_found");
      assertProblem(api.server.get("/api/v1/products/99Z99/reference-tariffs/current?asOf=2025-06-01", "region"),
          404, "not_found");
      assertProblem(api.server.post("/api/v1/products/99Z99/versions", "region", REVISION), 404, "not_found");
      assertProblem(api.server.post("/api/v1/products/99Z99/reference-tariffs", "region", TARIFF_2025), 404, "not_found");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void the_list_is_the_catalogue_as_of_today_by_default_or_as_of_a_date_and_of_a_category() {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      assertThat(codes(api.server.get(PRODUCTS, "region").json())).containsExactly("01A01", "02A01", "L0828");
      assertThat(codes(api.server.get(PRODUCTS + "?asOf=2026-01-01", "region").json())).containsExactly("02A01", "L0828");
      assertThat(codes(api.server.get(PRODUCTS + "?asOf=2024-12-31", "region").json())).isEmpty();
      assertThat(codes(api.server.get(PRODUCTS + "?category=HOUSEHOLD_HELP", "region").json())).containsExactly("01A01");
      JsonNode item = api.server.get(PRODUCTS + "?category=HOUSEHOLD_HELP", "region").json().path("items").get(0);
      assertThat(item.path("until").asText()).isEqualTo("2025-12-31");
      assertThat(item.has("frequency")).isFalse();
    }
  }

  @Test
  void the_list_is_paged_with_links_that_keep_the_filters() {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      JsonNode page = api.server.get(PRODUCTS + "?asOf=2025-06-01&page=1&pageSize=2", "region").json();
      assertThat(codes(page)).containsExactly("L0828");
      assertThat(page.path("page").asInt()).isEqualTo(1);
      assertThat(page.path("pageSize").asInt()).isEqualTo(2);
      assertThat(page.path("totalItems").asLong()).isEqualTo(3);
      assertThat(page.path("totalPages").asLong()).isEqualTo(2);
      assertThat(page.path("links").path("prev").path("href").asText())
          .isEqualTo("/api/v1/products?asOf=2025-06-01&page=0&pageSize=2");
      assertThat(page.path("links").has("next")).isFalse();
    }
  }

  // --- revise

  @Test
  void revising_closes_the_current_version_and_each_date_finds_its_own() {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      TestServer.Reply reply = api.server.post("/api/v1/products/02A01/versions", "region", REVISION);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      JsonNode versions = reply.json().path("versions");
      assertThat(versions).hasSize(2);
      assertThat(versions.get(0).path("until").asText()).isEqualTo("2025-12-31");
      assertThat(versions.get(1).path("from").asText()).isEqualTo("2026-01-01");
      assertThat(versions.get(1).has("until")).isFalse();
      assertThat(reply.json().path("version").asLong()).isEqualTo(2);

      JsonNode old = api.server.get("/api/v1/products/02A01/versions/current?asOf=2025-12-31", "provider:12345678").json();
      assertThat(old.path("name").asText()).isEqualTo("Begeleiding individueel");
      JsonNode next = api.server.get("/api/v1/products/02A01/versions/current?asOf=2026-01-01", "provider:12345678").json();
      assertThat(next.path("name").asText()).isEqualTo("Begeleiding individueel 2026");
      assertProblem(api.server.get("/api/v1/products/02A01/versions/current?asOf=2024-12-31", "region"), 404, "not_found");
    }
  }

  @Test
  void a_members_staff_revise_their_own_local_product() {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      TestServer.Reply reply = api.server.post("/api/v1/products/L0828/versions", "municipality:0828",
          "{\"name\":\"Dagbesteding Oss 2026\",\"unit\":\"DAY_PART\",\"variant\":\"EFFORT_BASED\",\"from\":\"2026-01-01\"}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().path("versions").get(1).path("localTo").asText()).isEqualTo("0828");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"provider:12345678", "supervisor", "municipality:0828"})
  void only_region_staff_revise_a_regional_product(String actor) {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      var before = api.stored();
      assertProblem(api.server.post("/api/v1/products/02A01/versions", actor, REVISION), 403, "forbidden");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void a_revision_not_after_the_latest_start_is_a_422_version_overlap() {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      var before = api.stored();
      assertProblem(api.server.post("/api/v1/products/02A01/versions", "region",
          REVISION.replace("2026-01-01", "2025-01-01")), 422, "version_overlap");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void a_revision_in_another_category_is_a_422_category_mismatch_and_the_own_category_is_accepted() {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      var before = api.stored();
      assertProblem(api.server.post("/api/v1/products/02A01/versions", "region",
          REVISION.replace("{", "{\"category\":\"PERSONAL_CARE\",")), 422, "category_mismatch");
      assertThat(api.stored()).isEqualTo(before);
      assertThat(api.server.post("/api/v1/products/02A01/versions", "region",
          REVISION.replace("{", "{\"category\":\"GUIDANCE\",")).status()).isEqualTo(200);
    }
  }

  // --- reference tariffs

  @Test
  void setting_reference_tariffs_closes_the_open_one_and_each_date_finds_its_own() {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      assertThat(api.server.post("/api/v1/products/02A01/reference-tariffs", "region", TARIFF_2025).status()).isEqualTo(200);
      TestServer.Reply reply = api.server.post("/api/v1/products/02A01/reference-tariffs", "region", TARIFF_2026);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().path("referenceTariffs").toString()).isEqualTo(
          "[{\"tariffCents\":6540,\"from\":\"2025-01-01\",\"until\":\"2025-12-31\"},"
              + "{\"tariffCents\":6790,\"from\":\"2026-01-01\",\"until\":\"2026-12-31\"}]");

      TestServer.Reply in2025 = api.server.get("/api/v1/products/02A01/reference-tariffs/current?asOf=2025-12-31", "supervisor");
      assertThat(in2025.status()).as(in2025.toString()).isEqualTo(200);
      assertThat(in2025.body()).isEqualTo("{\"productCode\":\"02A01\",\"asOf\":\"2025-12-31\",\"tariffCents\":6540}");
      assertThat(api.server.get("/api/v1/products/02A01/reference-tariffs/current?asOf=2026-07-01", "municipality:1721")
          .json().path("tariffCents").asLong()).isEqualTo(6790);
      assertProblem(api.server.get("/api/v1/products/02A01/reference-tariffs/current?asOf=2027-01-01", "region"),
          404, "not_found");
    }
  }

  @Test
  void a_tariff_overlapping_a_closed_one_is_a_422_tariff_overlap() {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      api.server.post("/api/v1/products/02A01/reference-tariffs", "region", TARIFF_2026);
      var before = api.stored();
      assertProblem(api.server.post("/api/v1/products/02A01/reference-tariffs", "region",
          "{\"tariffCents\":7000,\"from\":\"2026-06-01\"}"), 422, "tariff_overlap");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void a_zero_tariff_is_accepted() {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      TestServer.Reply reply = api.server.post("/api/v1/products/02A01/reference-tariffs", "region",
          "{\"tariffCents\":0,\"from\":\"2025-01-01\"}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(api.server.get("/api/v1/products/02A01/reference-tariffs/current?asOf=2025-01-01", "region")
          .json().path("tariffCents").asLong()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"provider:12345678", "supervisor", "municipality:0828"})
  void only_region_staff_set_a_regional_products_tariff(String actor) {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      var before = api.stored();
      assertProblem(api.server.post("/api/v1/products/02A01/reference-tariffs", actor, TARIFF_2025), 403, "forbidden");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void a_members_staff_set_the_tariff_of_their_own_local_product() {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      TestServer.Reply reply = api.server.post("/api/v1/products/L0828/reference-tariffs", "municipality:0828", TARIFF_2025);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().path("referenceTariffs")).hasSize(1);
    }
  }

  // --- the actor

  @Test
  void every_route_needs_an_actor() {
    try (CatalogueApi api = new CatalogueApi().seeded()) {
      var before = api.stored();
      for (String path : List.of(PRODUCTS, "/api/v1/products/02A01", "/api/v1/products/02A01/versions/current?asOf=2025-06-01",
          "/api/v1/products/02A01/reference-tariffs/current?asOf=2025-06-01")) {
        assertProblem(api.server.get(path, null), 401, "actor_missing");
      }
      assertProblem(api.server.post(PRODUCTS, null, HOUSEHOLD_HELP), 401, "actor_missing");
      assertProblem(api.server.post("/api/v1/products/02A01/versions", "staff", REVISION), 401, "actor_invalid");
      assertProblem(api.server.post("/api/v1/products/02A01/reference-tariffs", null, TARIFF_2025), 401, "actor_missing");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  private static List<String> codes(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.path("items").forEach(item -> out.add(item.path("code").asText()));
    return out;
  }
}
