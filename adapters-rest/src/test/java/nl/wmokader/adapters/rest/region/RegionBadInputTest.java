package nl.wmokader.adapters.rest.region;

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

/**
 * Bad input never reaches the region and never answers 5xx: each case is a 4xx problem with its code
 * and every invalid field, and the stored region is unchanged.
 */
class RegionBadInputTest {
  private static final String COUNTS = "/api/v1/region/inhabitant-counts";
  private static RegionApi api;

  @BeforeAll
  static void start() {
    api = new RegionApi(TestServer.options().withMaxBodyBytes(16 * 1024)).defined();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments("truncated", "{\"name\":\"R\",\"members\":["),
        arguments("not json", "name=R"),
        arguments("unquoted keys", "{name:\"R\"}"),
        arguments("single quotes", "{'name':'R'}"),
        arguments("empty", ""),
        arguments("whitespace", "   \n"),
        arguments("null", "null"),
        arguments("two documents", "{\"name\":\"R\"} {\"name\":\"S\"}"),
        arguments("duplicate keys", "{\"name\":\"R\",\"name\":\"S\",\"members\":[]}"),
        arguments("a comment", "{/* hi */\"name\":\"R\"}"),
        arguments("trailing comma", "{\"name\":\"R\",}"),
        arguments("NaN", "{\"name\":NaN}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformed_json_is_a_400_problem(String label, String body) {
    for (String path : List.of("/api/v1/region", COUNTS)) {
      var before = api.stored();
      String method = path.equals(COUNTS) ? "POST" : "PUT";
      TestServer.Reply reply = api.server.send(method, path, "region", "application/json",
          body.getBytes(StandardCharsets.UTF_8));
      assertProblem(reply, 400, "malformed_json");
      assertThat(reply.json().has("invalidParams")).isFalse();
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void invalid_utf8_is_malformed_json() {
    byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    var before = api.stored();
    assertProblem(api.server.send("PUT", "/api/v1/region", "region", "application/json", body), 400, "malformed_json");
    assertThat(api.stored()).isEqualTo(before);
  }

  static Stream<Arguments> invalidDefinitions() {
    return Stream.of(
        arguments("{}", List.of("name:required", "members:required")),
        arguments("[]", List.of("body:invalid_type")),
        arguments("\"R\"", List.of("body:invalid_type")),
        arguments("{\"name\":\"  \",\"members\":[]}", List.of("name:required", "members:required")),
        arguments("{\"name\":5,\"members\":\"x\"}", List.of("name:invalid_type", "members:invalid_type")),
        arguments("{\"name\":\"R\",\"members\":{}}", List.of("members:invalid_type")),
        arguments("{\"name\":\"R\",\"members\":[null]}", List.of("members[0]:required")),
        arguments("{\"name\":\"R\",\"members\":[7]}", List.of("members[0]:invalid_type")),
        arguments("{\"name\":\"R\",\"members\":[{}]}",
            List.of("members[0].code:required", "members[0].name:required", "members[0].central:required")),
        arguments("{\"name\":\"R\",\"members\":[{\"code\":828,\"name\":true,\"central\":\"true\"}]}",
            List.of("members[0].code:invalid_type", "members[0].name:invalid_type", "members[0].central:invalid_type")),
        arguments("{\"name\":\"R\",\"members\":[{\"code\":\"0828\",\"name\":\"Oss\",\"central\":1}]}",
            List.of("members[0].central:invalid_type")),
        arguments("{\"name\":\"R\",\"region\":\"x\",\"members\":[{\"code\":\"0828\",\"name\":\"Oss\",\"central\":true,"
            + "\"inhabitants\":5}]}", List.of("region:unknown_field", "members[0].inhabitants:unknown_field")),
        arguments("{\"name\":\"R\",\"members\":[{\"code\":\"828\",\"name\":\"Oss\",\"central\":true},"
            + "{\"code\":\"08280\",\"name\":\"X\",\"central\":false},{\"code\":\"abcd\",\"name\":\"Y\",\"central\":false}]}",
            List.of("members[0].code:municipality_code_format", "members[1].code:municipality_code_format",
                "members[2].code:municipality_code_format")),
        // Every kind at once: unknown field, wrong type, missing field, invalid code.
        arguments("{\"nam\":\"R\",\"members\":[{\"code\":\"12\",\"name\":\"Oss\",\"central\":\"yes\"},{\"name\":\"X\","
            + "\"central\":false}]}",
            List.of("nam:unknown_field", "members[0].central:invalid_type", "name:required",
                "members[0].code:municipality_code_format", "members[1].code:required")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDefinitions")
  void an_invalid_definition_lists_every_invalid_field_and_stores_nothing(String body, List<String> expected) {
    var before = api.stored();
    // each body names the version it replaces (0: none yet), so that only the fields under test are wrong
    String versioned = body.equals("{}") ? "{\"version\":0}"
        : body.startsWith("{") ? "{\"version\":0," + body.substring(1) : body;
    TestServer.Reply reply = api.server.put("/api/v1/region", "region", versioned);
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(api.stored()).isEqualTo(before);
  }

  static Stream<Arguments> invalidCounts() {
    return Stream.of(
        arguments("{}", List.of("municipality:required", "referenceDate:required", "inhabitants:required")),
        arguments("{\"municipality\":null,\"referenceDate\":null,\"inhabitants\":null}",
            List.of("municipality:required", "referenceDate:required", "inhabitants:required")),
        arguments(count("\"0828\"", "\"2025-02-30\"", "1"), List.of("referenceDate:date_format")),
        arguments(count("\"0828\"", "\"01-01-2025\"", "1"), List.of("referenceDate:date_format")),
        arguments(count("\"0828\"", "\"2025-1-1\"", "1"), List.of("referenceDate:date_format")),
        arguments(count("\"0828\"", "\"2025-01-01T00:00:00\"", "1"), List.of("referenceDate:date_format")),
        arguments(count("\"0828\"", "20250101", "1"), List.of("referenceDate:date_format")),
        arguments(count("\"0828\"", "[2025,1,1]", "1"), List.of("referenceDate:date_format")),
        arguments(count("\"0828\"", "\"2025-01-01\"", "\"12\""), List.of("inhabitants:invalid_type")),
        arguments(count("\"0828\"", "\"2025-01-01\"", "1.5"), List.of("inhabitants:invalid_type")),
        arguments(count("\"0828\"", "\"2025-01-01\"", "1e30"), List.of("inhabitants:invalid_type")),
        arguments(count("\"0828\"", "\"2025-01-01\"", "99999999999999999999999"), List.of("inhabitants:invalid_type")),
        arguments(count("\"0828\"", "\"2025-01-01\"", "true"), List.of("inhabitants:invalid_type")),
        // Bounded, so that a vote count's exact sum of the members' counts cannot overflow (found by
        // the fuzz suite: a count near Long.MAX_VALUE made every later vote count a 500).
        arguments(count("\"0828\"", "\"2025-01-01\"", "1000000001"), List.of("inhabitants:out_of_range")),
        arguments(count("\"0828\"", "\"2025-01-01\"", "9223372036854775807"), List.of("inhabitants:out_of_range")),
        arguments(count("828", "\"2025-01-01\"", "1"), List.of("municipality:invalid_type")),
        arguments(count("\"82a8\"", "\"2025-01-01\"", "1"), List.of("municipality:municipality_code_format")),
        arguments(count("\"\"", "\"\"", "{}"),
            List.of("municipality:required", "referenceDate:date_format", "inhabitants:invalid_type")),
        arguments("{\"municipality\":\"0828\",\"referenceDate\":\"2025-01-01\",\"inhabitants\":1,\"bsn\":\"999912345\"}",
            List.of("bsn:unknown_field")));
  }

  private static String count(String municipality, String date, String inhabitants) {
    return "{\"municipality\":" + municipality + ",\"referenceDate\":" + date + ",\"inhabitants\":" + inhabitants + "}";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCounts")
  void an_invalid_count_lists_every_invalid_field_and_stores_nothing(String body, List<String> expected) {
    var before = api.stored();
    TestServer.Reply reply = api.server.post(COUNTS, "region", body);
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(reply.body()).doesNotContain("999912345").doesNotContain("2025-02-30").doesNotContain("82a8");
    assertThat(api.stored()).isEqualTo(before);
  }

  @Test
  void a_body_over_the_limit_is_a_413_problem_and_stores_nothing() {
    var before = api.stored();
    String members = "{\"code\":\"0828\",\"name\":\"Oss\",\"central\":true}" + ",{\"code\":\"0001\",\"name\":\"X\",\"central\":false}".repeat(400);
    TestServer.Reply reply = api.server.put("/api/v1/region", "region", "{\"name\":\"R\",\"members\":[" + members + "]}");
    assertProblem(reply, 413, "body_too_large");
    assertThat(api.stored()).isEqualTo(before);
  }

  @Test
  void a_body_that_is_not_declared_json_is_a_415_problem_and_stores_nothing() {
    var before = api.stored();
    assertProblem(api.server.send("PUT", "/api/v1/region", "region", "text/plain",
        RegionApi.DEFINITION.replace("Noordoost", "Zuid").getBytes(StandardCharsets.UTF_8)), 415, "unsupported_media_type");
    assertThat(api.stored()).isEqualTo(before);
  }

  @Test
  void without_an_actor_even_a_bad_body_is_a_401_first() {
    var before = api.stored();
    assertProblem(api.server.send("PUT", "/api/v1/region", null, "application/json",
        "{".getBytes(StandardCharsets.UTF_8)), 401, "actor_missing");
    assertThat(api.stored()).isEqualTo(before);
  }
}
