package nl.wmokader.adapters.rest.catalogue;

import static nl.wmokader.adapters.rest.catalogue.CatalogueApi.GUIDANCE;
import static nl.wmokader.adapters.rest.catalogue.CatalogueApi.PRODUCTS;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input never reaches the catalogue and never answers 5xx: each case is a 400 problem with its
 * code and every invalid field, path and query parameters included, and nothing is stored.
 */
class ProductBadInputTest {
  private static final String VERSIONS = "/api/v1/products/02A01/versions";
  private static final String TARIFFS = "/api/v1/products/02A01/reference-tariffs";
  private static final List<String> BODY_ROUTES = List.of(PRODUCTS, VERSIONS, TARIFFS);
  private static CatalogueApi api;

  @BeforeAll
  static void start() {
    api = new CatalogueApi(TestServer.options().withMaxBodyBytes(8 * 1024)).seeded();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments("truncated", "{\"code\":\"02A01\","),
        arguments("not json", "code=02A01"),
        arguments("empty", ""),
        arguments("null", "null"),
        arguments("two documents", "{} {}"),
        arguments("duplicate keys", "{\"from\":\"2026-01-01\",\"from\":\"2027-01-01\"}"),
        arguments("trailing comma", "{\"name\":\"x\",}"),
        arguments("NaN", "{\"tariffCents\":NaN}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformed_json_is_a_400_problem_on_every_body_route(String label, String body) {
    for (String path : BODY_ROUTES) {
      var before = api.stored();
      TestServer.Reply reply = api.server.post(path, "region", body);
      assertProblem(reply, 400, "malformed_json");
      assertThat(api.stored()).as(path).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"x\"", "7"})
  void a_body_that_is_not_an_object_is_invalid_input_on_every_body_route(String body) {
    for (String path : BODY_ROUTES) {
      var before = api.stored();
      TestServer.Reply reply = api.server.post(path, "region", body);
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("body:invalid_type");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  static Stream<Arguments> invalidDefinitions() {
    return Stream.of(
        arguments("{}", List.of("code:required", "category:required", "name:required", "unit:required",
            "variant:required", "from:required")),
        arguments(GUIDANCE.replace("\"02A01\"", "\"02a01\""), List.of("code:product_code_format")),
        arguments(GUIDANCE.replace("\"02A01\"", "\"123456\""), List.of("code:product_code_format")),
        arguments(GUIDANCE.replace("\"02A01\"", "2"), List.of("code:invalid_type")),
        arguments(GUIDANCE.replace("\"GUIDANCE\"", "\"02\""), List.of("category:invalid_type")),
        arguments(GUIDANCE.replace("\"GUIDANCE\"", "\"guidance\""), List.of("category:invalid_type")),
        arguments(GUIDANCE.replace("\"GUIDANCE\"", "1"), List.of("category:invalid_type")),
        arguments(GUIDANCE.replace("\"HOUR\"", "\"HOURS\""), List.of("unit:invalid_type")),
        arguments(GUIDANCE.replace("\"EFFORT_BASED\"", "null"), List.of("variant:required")),
        arguments(GUIDANCE.replace("\"PER_WEEK\"", "\"WEEKLY\""), List.of("frequency:invalid_type")),
        arguments(GUIDANCE.replace("\"Begeleiding individueel\"", "\"  \""), List.of("name:required")),
        arguments(GUIDANCE.replace("\"2025-01-01\"", "\"2025-02-30\""), List.of("from:date_format")),
        arguments(GUIDANCE.replace("\"2025-01-01\"", "\"01-01-2025\""), List.of("from:date_format")),
        arguments(GUIDANCE.replace("}", ",\"until\":\"2024-12-31\"}"), List.of("until:before_start")),
        arguments(GUIDANCE.replace("}", ",\"localTo\":\"828\"}"), List.of("localTo:municipality_code_format")),
        arguments(GUIDANCE.replace("}", ",\"localTo\":828}"), List.of("localTo:invalid_type")),
        arguments(GUIDANCE.replace("}", ",\"tariffCents\":100,\"bsn\":\"999912345\"}"),
            List.of("tariffCents:unknown_field", "bsn:unknown_field")),
        // Every kind at once: unknown field, wrong type, missing field, bad code, bad date order.
        arguments("{\"code\":\"x\",\"categorie\":\"GUIDANCE\",\"unit\":4,\"variant\":\"EFFORT_BASED\","
            + "\"from\":\"2025-01-01\",\"until\":\"2024-01-01\"}",
            List.of("categorie:unknown_field", "unit:invalid_type", "code:product_code_format", "category:required",
                "name:required", "until:before_start")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDefinitions")
  void an_invalid_definition_lists_every_invalid_field_and_stores_nothing(String body, List<String> expected) {
    var before = api.stored();
    TestServer.Reply reply = api.server.post(PRODUCTS, "region", body.replace("02A01", "03A01"));
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(reply.body()).doesNotContain("999912345").doesNotContain("2025-02-30");
    assertThat(api.stored()).isEqualTo(before);
  }

  static Stream<Arguments> invalidRevisions() {
    String valid = "{\"name\":\"B\",\"unit\":\"HOUR\",\"variant\":\"EFFORT_BASED\",\"from\":\"2026-01-01\"}";
    return Stream.of(
        arguments("{}", List.of("name:required", "unit:required", "variant:required", "from:required")),
        arguments(valid.replace("}", ",\"code\":\"02A01\"}"), List.of("code:unknown_field")),
        arguments(valid.replace("}", ",\"localTo\":\"0828\"}"), List.of("localTo:unknown_field")),
        arguments(valid.replace("}", ",\"category\":\"NONE\"}"), List.of("category:invalid_type")),
        arguments(valid.replace("}", ",\"until\":\"2025-12-31\"}"), List.of("until:before_start")),
        arguments(valid.replace("\"2026-01-01\"", "\"2026-01-01T00:00:00\""), List.of("from:date_format")),
        arguments(valid.replace("\"B\"", "[\"B\"]").replace("\"HOUR\"", "\"\""),
            List.of("name:invalid_type", "unit:invalid_type")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRevisions")
  void an_invalid_revision_lists_every_invalid_field_and_stores_nothing(String body, List<String> expected) {
    var before = api.stored();
    TestServer.Reply reply = api.server.post(VERSIONS, "region", body);
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(api.stored()).isEqualTo(before);
  }

  static Stream<Arguments> invalidTariffs() {
    return Stream.of(
        arguments("{}", List.of("tariffCents:required", "from:required")),
        arguments("{\"tariffCents\":-1,\"from\":\"2026-01-01\"}", List.of("tariffCents:negative")),
        arguments("{\"tariffCents\":65.40,\"from\":\"2026-01-01\"}", List.of("tariffCents:invalid_type")),
        arguments("{\"tariffCents\":\"6540\",\"from\":\"2026-01-01\"}", List.of("tariffCents:invalid_type")),
        arguments("{\"tariffCents\":99999999999999999999,\"from\":\"2026-01-01\"}", List.of("tariffCents:invalid_type")),
        arguments("{\"tariffCents\":6540,\"from\":\"2026-01-01\",\"until\":\"2025-01-01\"}", List.of("until:before_start")),
        arguments("{\"perUnit\":6540,\"from\":20260101}",
            List.of("perUnit:unknown_field", "tariffCents:required", "from:date_format")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidTariffs")
  void an_invalid_tariff_lists_every_invalid_field_and_stores_nothing(String body, List<String> expected) {
    var before = api.stored();
    TestServer.Reply reply = api.server.post(TARIFFS, "region", body);
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(api.stored()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"02a01", "ABCDEF", "A-1", "%C3%A9", "999912345"})
  void a_malformed_product_code_in_the_path_is_a_400_naming_it_on_every_route(String code) {
    var before = api.stored();
    String base = "/api/v1/products/" + code;
    List<TestServer.Reply> replies = List.of(
        api.server.get(base, "region"),
        api.server.get(base + "/versions/current?asOf=2025-06-01", "region"),
        api.server.get(base + "/reference-tariffs/current?asOf=2025-06-01", "region"),
        api.server.post(base + "/versions", "region",
            "{\"name\":\"B\",\"unit\":\"HOUR\",\"variant\":\"EFFORT_BASED\",\"from\":\"2026-01-01\"}"),
        api.server.post(base + "/reference-tariffs", "region", "{\"tariffCents\":1,\"from\":\"2026-01-01\"}"));
    for (TestServer.Reply reply : replies) {
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("productCode:product_code_format");
      assertThat(reply.body()).doesNotContain("999912345");
    }
    assertThat(api.stored()).isEqualTo(before);
  }

  @Test
  void a_date_lookup_needs_a_valid_as_of_date_and_reports_it_with_a_bad_code() {
    for (String sub : List.of("/versions/current", "/reference-tariffs/current")) {
      TestServer.Reply missing = api.server.get("/api/v1/products/02A01" + sub, "region");
      assertProblem(missing, 400, "invalid_input");
      assertThat(missing.invalidParams()).containsExactly("asOf:required");
      TestServer.Reply malformed = api.server.get("/api/v1/products/02A01" + sub + "?asOf=2025-13-01", "region");
      assertProblem(malformed, 400, "invalid_input");
      assertThat(malformed.invalidParams()).containsExactly("asOf:date_format");
      TestServer.Reply both = api.server.get("/api/v1/products/x_y" + sub + "?asOf=tomorrow", "region");
      assertProblem(both, 400, "invalid_input");
      assertThat(both.invalidParams()).containsExactly("productCode:product_code_format", "asOf:date_format");
    }
  }

  /**
   * A query date is read as strictly as a body's: ISO-8601's expanded years are no dates here. The
   * fuzz suite found {@code asOf=+10000-01-01} answered 200 with that text echoed as a {@code date}.
   */
  @Test
  void a_query_date_with_an_expanded_or_out_of_range_year_is_refused_like_a_body_date() {
    for (String sub : List.of("/versions/current", "/reference-tariffs/current")) {
      for (String bad : List.of("%2B10000-01-01", "-0001-01-01", "%2B2025-06-01")) {
        TestServer.Reply reply = api.server.get("/api/v1/products/02A01" + sub + "?asOf=" + bad, "region");
        assertProblem(reply, 400, "invalid_input");
        assertThat(reply.invalidParams()).as(bad).containsExactly("asOf:date_format");
      }
      TestServer.Reply ancient = api.server.get("/api/v1/products/02A01" + sub + "?asOf=0001-01-01", "region");
      assertProblem(ancient, 400, "invalid_input");
      assertThat(ancient.invalidParams()).containsExactly("asOf:out_of_range");
    }
    TestServer.Reply list = api.server.get(PRODUCTS + "?asOf=%2B10000-01-01", "region");
    assertProblem(list, 400, "invalid_input");
    assertThat(list.invalidParams()).containsExactly("asOf:date_format");
  }

  @Test
  void bad_list_parameters_are_all_reported_at_once() {
    TestServer.Reply reply = api.server.get(PRODUCTS + "?asOf=2025-6-1&category=CARE&page=-1&pageSize=501", "region");
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrder(
        "asOf:date_format", "category:invalid_type", "page:out_of_range", "pageSize:out_of_range");
    assertProblem(api.server.get(PRODUCTS + "?pageSize=ten", "region"), 400, "invalid_input");
  }

  @Test
  void a_body_over_the_limit_is_a_413_problem_and_stores_nothing() {
    var before = api.stored();
    String huge = GUIDANCE.replace("Begeleiding individueel", "x".repeat(9 * 1024)).replace("02A01", "04A01");
    for (String path : BODY_ROUTES) {
      assertProblem(api.server.post(path, "region", huge), 413, "body_too_large");
    }
    assertThat(api.stored()).isEqualTo(before);
  }

  @Test
  void a_body_that_is_not_declared_json_is_a_415_problem_and_stores_nothing() {
    var before = api.stored();
    for (String path : BODY_ROUTES) {
      assertProblem(api.server.send("POST", path, "region", "text/plain",
          GUIDANCE.replace("02A01", "05A01").getBytes(StandardCharsets.UTF_8)), 415, "unsupported_media_type");
    }
    assertThat(api.stored()).isEqualTo(before);
  }
}
