package nl.wmokader.adapters.rest.obligations;

import static nl.wmokader.adapters.rest.obligations.ObligationApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.obligations.ObligationApi.DECLARATIONS;
import static nl.wmokader.adapters.rest.obligations.ObligationApi.DORMANT;
import static nl.wmokader.adapters.rest.obligations.ObligationApi.EVALUATIONS;
import static nl.wmokader.adapters.rest.obligations.ObligationApi.REFUSALS;
import static nl.wmokader.adapters.rest.obligations.ObligationApi.SPENDING;
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
 * Bad input never reaches the obligations and never answers 5xx: each case is a 400 problem with its
 * code and every invalid field, path and query parameters included, and nothing is stored.
 */
class ObligationBadInputTest {
  private static final List<String> BODY_ROUTES = List.of(REFUSALS, SPENDING, DECLARATIONS);
  private static ObligationApi api;

  @BeforeAll
  static void start() {
    api = new ObligationApi(TestServer.options().withMaxBodyBytes(8 * 1024));
    api.posted(REFUSALS, AS_MAASOEVER, "{\"refusedOn\":\"2026-01-05\",\"reason\":\"NO_CAPACITY\"}", 201);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments("truncated", "{\"year\":2025,"),
        arguments("not json", "year=2025"),
        arguments("empty", ""),
        arguments("null", "null"),
        arguments("two documents", "{} {}"),
        arguments("duplicate keys", "{\"year\":2025,\"year\":2024}"),
        arguments("single quotes", "{'year':2025}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformed_json_is_a_400_problem_on_every_body_route(String label, String body) {
    for (String path : BODY_ROUTES) {
      var before = api.stored();
      assertProblem(api.server.post(path, AS_MAASOEVER, body), 400, "malformed_json");
      assertThat(api.stored()).as(path).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"2025\"", "true"})
  void a_body_that_is_not_an_object_is_invalid_input_on_every_body_route(String body) {
    for (String path : BODY_ROUTES) {
      var before = api.stored();
      TestServer.Reply reply = api.server.post(path, AS_MAASOEVER, body);
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("body:invalid_type");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  static Stream<Arguments> invalidBodies() {
    return Stream.of(
        // refusals
        arguments(REFUSALS, "{}", List.of("refusedOn:required", "reason:required")),
        arguments(REFUSALS, "{\"refusedOn\":\"2026-02-30\",\"reason\":\"BUSY\",\"bsn\":\"999912345\"}",
            List.of("refusedOn:date_format", "reason:invalid_type", "bsn:unknown_field")),
        arguments(REFUSALS, "{\"refusedOn\":\"2026-02-02\",\"reason\":\"OTHER\"}",
            List.of("refusedOn:in_the_future", "explanation:required")),
        arguments(REFUSALS, "{\"refusedOn\":\"2014-12-31\",\"reason\":\"NO_CAPACITY\",\"explanation\":\" \"}",
            List.of("refusedOn:out_of_range", "explanation:blank")),
        arguments(REFUSALS, "{\"refusedOn\":\"2026-01-05\",\"reason\":\"OTHER\",\"explanation\":\"" + "x".repeat(501) + "\"}",
            List.of("explanation:too_long")),
        arguments(REFUSALS, "{\"refusedOn\":20260105,\"reason\":[\"OTHER\"],\"explanation\":5}",
            List.of("refusedOn:date_format", "reason:invalid_type", "explanation:invalid_type")),
        // spending reports
        arguments(SPENDING, "{}", List.of("year:required", "kind:required", "amountCents:required")),
        arguments(SPENDING, "{\"year\":2025,\"kind\":\"TRANSFORMATION\",\"amountCents\":-1}", List.of("amountCents:negative")),
        arguments(SPENDING, "{\"year\":2025,\"kind\":\"transformation\",\"amountCents\":12.5,\"amount\":1}",
            List.of("kind:invalid_type", "amountCents:invalid_type", "amount:unknown_field")),
        arguments(SPENDING, "{\"year\":2014,\"kind\":\"SOCIAL_RETURN\",\"amountCents\":0,\"description\":\"\"}",
            List.of("year:out_of_range", "description:blank")),
        arguments(SPENDING, "{\"year\":2027,\"kind\":\"SOCIAL_RETURN\",\"amountCents\":1}", List.of("year:in_the_future")),
        arguments(SPENDING, "{\"year\":\"2025\",\"kind\":\"SOCIAL_RETURN\",\"amountCents\":\"100\"}",
            List.of("year:invalid_type", "amountCents:invalid_type")),
        // quality declarations
        arguments(DECLARATIONS, "{}", List.of("year:required")),
        arguments(DECLARATIONS, "{\"year\":2025,\"statement\":\"" + "y".repeat(501) + "\",\"compliant\":true}",
            List.of("compliant:unknown_field")),
        arguments(DECLARATIONS, "{\"year\":2025,\"statement\":\"" + "y".repeat(501) + "\"}", List.of("statement:too_long")),
        arguments(DECLARATIONS, "{\"year\":99999,\"statement\":\"\\t\"}", List.of("year:out_of_range", "year:in_the_future",
            "statement:blank")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("invalidBodies")
  void an_invalid_body_lists_every_invalid_field_and_stores_nothing(String path, String body, List<String> expected) {
    var before = api.stored();
    TestServer.Reply reply = api.server.post(path, AS_MAASOEVER, body);
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(reply.body()).doesNotContain("999912345").doesNotContain("2026-02-30").doesNotContain("xxxxxxxx");
    assertThat(api.stored()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567", "123456789", "abcdefgh", "1234%205678", "%20", "999912345"})
  void a_malformed_agb_code_is_a_400_naming_it_on_every_route_with_the_bodys_errors(String agb) {
    var before = api.stored();
    String base = "/api/v1/providers/" + agb;
    for (TestServer.Reply reply : List.of(
        api.server.get(base + "/refusals?year=2026", "region"),
        api.server.get(base + "/refusals/00000000-0000-0000-0000-000000000001", "region"),
        api.server.get(base + "/obligation-evaluations?year=2025", "region"),
        api.server.post(base + "/refusals", AS_MAASOEVER, "{\"refusedOn\":\"2026-01-05\",\"reason\":\"NO_CAPACITY\"}"),
        api.server.post(base + "/spending-reports", AS_MAASOEVER, "{\"year\":2025,\"kind\":\"SOCIAL_RETURN\",\"amountCents\":1}"),
        api.server.post(base + "/quality-declarations", AS_MAASOEVER, "{\"year\":2025}"))) {
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("agbCode:agb_code_format");
      assertThat(reply.body()).doesNotContain("999912345");
    }
    TestServer.Reply both = api.server.post(base + "/spending-reports", AS_MAASOEVER, "{\"kind\":\"SOCIAL_RETURN\"}");
    assertThat(both.invalidParams()).containsExactly("agbCode:agb_code_format", "year:required", "amountCents:required");
    assertThat(api.stored()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "not-a-uuid", "0000000000000000000000000000ffff", "00000000-0000-0000-0000-00000000fffg",
      "999912345"})
  void a_malformed_refusal_id_is_a_400_naming_it(String id) {
    TestServer.Reply reply = api.server.get(REFUSALS + "/" + id, "region");
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactly("refusalId:uuid_format");
    assertThat(reply.body()).doesNotContain("999912345");
  }

  @Test
  void query_parameters_are_checked_strictly_and_reported_together() {
    TestServer.Reply missing = api.server.get(EVALUATIONS, "region");
    assertProblem(missing, 400, "invalid_input");
    assertThat(missing.invalidParams()).containsExactly("year:required");
    // A BSN in a URL is refused before anything else is read (and never repeated).
    assertThat(api.server.get(EVALUATIONS + "?year=twenty&bsn=999912345", "region").invalidParams())
        .containsExactly("bsn:not_allowed");
    assertThat(api.server.get(EVALUATIONS + "?year=twenty&filter=x", "region").invalidParams())
        .containsExactly("filter:unknown_field");
    assertThat(api.server.get(EVALUATIONS + "?year=2014", "region").invalidParams()).containsExactly("year:out_of_range");
    assertThat(api.server.get(EVALUATIONS + "?year=2025&page=0", "region").invalidParams()).containsExactly("page:unknown_field");
    assertThat(api.server.get(REFUSALS + "?year=&page=x&pageSize=0", "region").invalidParams())
        .containsExactlyInAnyOrder("year:required", "page:invalid_type", "pageSize:out_of_range");
    assertThat(api.server.get(REFUSALS + "?year=2026&pageSize=501", "region").invalidParams())
        .containsExactly("pageSize:out_of_range");
    assertThat(api.server.get(REFUSALS + "?year=10000", "region").invalidParams()).containsExactly("year:out_of_range");
    assertThat(api.server.get(DORMANT + "?months=3&page=-1", "region").invalidParams())
        .containsExactlyInAnyOrder("months:unknown_field", "page:out_of_range");
  }

  /**
   * The query year ends with 2998: an evaluation's due dates fall in the year after, and the API's
   * dates end with 2999. The fuzz suite found {@code year=9999} answered with
   * {@code "dueOn":"+10000-04-01"}, no date of the document.
   */
  @Test
  void a_query_year_whose_obligations_fall_due_after_2999_is_out_of_range() {
    for (String path : List.of(EVALUATIONS, REFUSALS)) {
      for (String year : List.of("2999", "9999")) {
        TestServer.Reply reply = api.server.get(path + "?year=" + year, "region");
        assertProblem(reply, 400, "invalid_input");
        assertThat(reply.invalidParams()).as(path + " " + year).containsExactly("year:out_of_range");
      }
    }
    // 2998 passes the check (Maasoever had no contract then: the core's 422, not a 400)
    assertProblem(api.server.get(EVALUATIONS + "?year=2998", "region"), 422, "not_contracted_in_year");
  }

  @Test
  void a_body_over_the_limit_is_a_413_problem_and_stores_nothing() {
    var before = api.stored();
    String huge = "{\"year\":2025,\"description\":\"" + "x".repeat(9 * 1024) + "\"}";
    for (String path : BODY_ROUTES) {
      assertProblem(api.server.post(path, AS_MAASOEVER, huge), 413, "body_too_large");
    }
    assertThat(api.stored()).isEqualTo(before);
  }

  @Test
  void a_body_that_is_not_declared_json_is_a_415_problem_and_stores_nothing() {
    var before = api.stored();
    for (String path : BODY_ROUTES) {
      assertProblem(api.server.send("POST", path, AS_MAASOEVER, "text/plain",
          "year=2025".getBytes(StandardCharsets.UTF_8)), 415, "unsupported_media_type");
    }
    assertThat(api.stored()).isEqualTo(before);
  }
}
