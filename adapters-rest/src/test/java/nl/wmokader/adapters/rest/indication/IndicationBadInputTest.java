package nl.wmokader.adapters.rest.indication;

import static nl.wmokader.adapters.rest.indication.IndicationApi.BERNHEZE;
import static nl.wmokader.adapters.rest.indication.IndicationApi.CLIENT;
import static nl.wmokader.adapters.rest.indication.IndicationApi.actor;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * Bad input on every intake route: a 4xx problem with its code and every invalid field, never a
 * 5xx, never a BSN or rejected value echoed, and nothing stored. Each step route is aimed at a case
 * in the status where a valid body would be recorded, so a wrongly accepted one would show.
 * Today is 28 January 2026.
 */
class IndicationBadInputTest {
  private static final String STAFF = actor(BERNHEZE);
  private static IndicationApi api;
  private static String reported;
  private static String assessed;
  private static String applied;
  private static String decided;
  private static String objected;

  @BeforeAll
  static void start() {
    api = new IndicationApi(TestServer.options().withMaxBodyBytes(16 * 1024));
    api.today(LocalDate.of(2026, 1, 28));
    reported = api.report(BERNHEZE, LocalDate.of(2026, 1, 5)).path("id").asText();
    assessed = api.report(BERNHEZE, LocalDate.of(2026, 1, 5)).path("id").asText();
    api.step(STAFF, assessed, "assessment", "{\"assessedOn\":\"2026-01-20\"}");
    applied = open("{\"client\":\"" + CLIENT + "\",\"responsibleMunicipality\":\"1721\",\"appliedOn\":\"2026-01-21\"}");
    decided = open("{\"client\":\"" + CLIENT + "\",\"responsibleMunicipality\":\"1721\",\"appliedOn\":\"2026-01-21\"}");
    api.step(STAFF, decided, "decision", "{\"decidedOn\":\"2026-01-22\",\"refusalReason\":\"No need\"}");
    objected = open("{\"client\":\"" + CLIENT + "\",\"responsibleMunicipality\":\"1721\",\"appliedOn\":\"2026-01-21\"}");
    api.step(STAFF, objected, "decision", "{\"decidedOn\":\"2026-01-22\",\"refusalReason\":\"No need\"}");
    api.step(STAFF, objected, "objection", "{\"filedOn\":\"2026-01-23\"}");
  }

  private static String open(String body) {
    return IndicationApi.expect(201, api.server.post("/api/v1/indications", STAFF, body)).path("id").asText();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** The path of a route, at a case where a valid body would be accepted. */
  static String path(String route) {
    switch (route) {
      case "open":
        return "/api/v1/indications";
      case "assessment":
        return "/api/v1/indications/" + reported + "/assessment";
      case "application":
        return "/api/v1/indications/" + assessed + "/application";
      case "decision":
        return "/api/v1/indications/" + applied + "/decision";
      case "objection":
        return "/api/v1/indications/" + decided + "/objection";
      case "objection/decision":
        return "/api/v1/indications/" + objected + "/objection/decision";
      default:
        throw new IllegalArgumentException(route);
    }
  }

  static final List<String> ROUTES = List.of("open", "assessment", "application", "decision", "objection",
      "objection/decision");

  private static String open(String client, String responsible, String more) {
    return "{\"client\":" + client + ",\"responsibleMunicipality\":" + responsible + more + "}";
  }

  private static String grantWith(String field, String value) {
    JsonNode grant = parse(IndicationApi.guidance());
    ((com.fasterxml.jackson.databind.node.ObjectNode) grant).set(field, parse(value));
    return "{\"decidedOn\":\"2026-01-28\",\"grant\":" + grant + "}";
  }

  private static JsonNode parse(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static Stream<Arguments> invalidBodies() {
    String bsn = "\"" + CLIENT + "\"";
    return Stream.of(
        // Opening a case.
        arguments("open", "{}", List.of("client:required", "responsibleMunicipality:required", "reportedOn:report_or_application")),
        arguments("open", open("\"123456789\"", "\"1721\"", ",\"reportedOn\":\"2026-01-05\""), List.of("client:bsn_eleven_test")),
        arguments("open", open("\"99990001\"", "\"1721\"", ",\"reportedOn\":\"2026-01-05\""), List.of("client:bsn_format")),
        arguments("open", open("\"9999 0001 8\"", "\"1721\"", ",\"reportedOn\":\"2026-01-05\""), List.of("client:bsn_format")),
        arguments("open", open("\"  \"", "\"1721\"", ",\"reportedOn\":\"2026-01-05\""), List.of("client:required")),
        arguments("open", open(CLIENT, "1721", ",\"reportedOn\":20260105"),
            List.of("client:invalid_type", "responsibleMunicipality:invalid_type", "reportedOn:date_format")),
        arguments("open", open(bsn, "\"172\"", ",\"attributedTo\":\"x\",\"reportedOn\":\"2026-02-30\""),
            List.of("reportedOn:date_format", "responsibleMunicipality:municipality_code_format",
                "attributedTo:municipality_code_format")),
        arguments("open", open(bsn, "\"1721\"", ",\"reportedOn\":\"2026-01-05\",\"appliedOn\":\"2026-01-05\""),
            List.of("reportedOn:report_or_application")),
        arguments("open", open(bsn, "\"1721\"", ",\"reportedOn\":\"2026-01-29\""), List.of("reportedOn:in_future")),
        arguments("open", open(bsn, "\"1721\"", ",\"appliedOn\":\"2027-01-01\""), List.of("appliedOn:in_future")),
        arguments("open", open(bsn, "\"0363\"", ",\"reportedOn\":\"2026-01-05\""), List.of("responsibleMunicipality:not_a_member")),
        arguments("open", open(bsn, "\"1721\"", ",\"attributedTo\":\"\",\"reportedOn\":\"2026-01-05\""),
            List.of("attributedTo:municipality_code_format")),
        arguments("open", open(bsn, "\"1721\"", ",\"attributedTo\":\"0755\",\"reportedOn\":\"2026-01-05\""),
            List.of("attributedTo:only_for_central_municipality")),
        arguments("open", open(bsn, "\"1721\"", ",\"reportedOn\":\"2026-01-05\",\"bsn\":\"" + CLIENT + "\",\"kind\":\"REPORT\""),
            List.of("bsn:unknown_field", "kind:unknown_field")),
        arguments("open", "{\"client\":[\"" + CLIENT + "\"],\"responsibleMunicipality\":{},\"reportedOn\":[2026,1,5]}",
            List.of("client:invalid_type", "responsibleMunicipality:invalid_type", "reportedOn:date_format")),
        // Steps with a date only.
        arguments("assessment", "{}", List.of("assessedOn:required")),
        arguments("assessment", "{\"assessedOn\":null}", List.of("assessedOn:required")),
        arguments("assessment", "{\"assessedOn\":\"2026-01-29\"}", List.of("assessedOn:in_future")),
        arguments("assessment", "{\"assessedOn\":\"20-01-2026\"}", List.of("assessedOn:date_format")),
        arguments("assessment", "{\"assessedOn\":\"2026-01-20T10:00:00Z\"}", List.of("assessedOn:date_format")),
        arguments("assessment", "{\"assessedOn\":\"2026-01-20\",\"indication\":\"x\"}", List.of("indication:unknown_field")),
        arguments("application", "{}", List.of("appliedOn:required")),
        arguments("application", "{\"appliedOn\":true}", List.of("appliedOn:date_format")),
        arguments("application", "{\"appliedOn\":\"2026-12-31\"}", List.of("appliedOn:in_future")),
        arguments("application", "{\"appliedOn\":\"2026-01-21\",\"client\":" + bsn + "}", List.of("client:unknown_field")),
        arguments("objection", "{}", List.of("filedOn:required")),
        arguments("objection", "{\"filedOn\":\"2026-01-29\"}", List.of("filedOn:in_future")),
        arguments("objection", "{\"filedOn\":1}", List.of("filedOn:date_format")),
        arguments("objection/decision", "{}", List.of("outcome:required", "decidedOn:required")),
        arguments("objection/decision", "{\"outcome\":\"dismissed\",\"decidedOn\":\"2026-01-28\"}", List.of("outcome:invalid_type")),
        arguments("objection/decision", "{\"outcome\":\"GEGROND\",\"decidedOn\":\"2026-01-28\"}", List.of("outcome:invalid_type")),
        arguments("objection/decision", "{\"outcome\":0,\"decidedOn\":\"2026-01-28\"}", List.of("outcome:invalid_type")),
        arguments("objection/decision", "{\"outcome\":\"0\",\"decidedOn\":\"2026-01-28\"}", List.of("outcome:invalid_type")),
        arguments("objection/decision", "{\"outcome\":\"UPHELD\",\"decidedOn\":\"2026-01-29\"}", List.of("decidedOn:in_future")),
        // The decision.
        arguments("decision", "{}", List.of("decidedOn:required")),
        arguments("decision", "{\"decidedOn\":\"2026-01-28\"}", List.of("grant:grant_or_refusal")),
        arguments("decision", "{\"decidedOn\":\"2026-01-28\",\"grant\":" + IndicationApi.guidance() + ",\"refusalReason\":\"No\"}",
            List.of("grant:grant_or_refusal")),
        arguments("decision", "{\"decidedOn\":\"2026-01-29\",\"refusalReason\":\"No\"}", List.of("decidedOn:in_future")),
        arguments("decision", "{\"decidedOn\":\"2026-01-28\",\"refusalReason\":\"   \"}", List.of("refusalReason:blank")),
        arguments("decision", "{\"decidedOn\":\"2026-01-28\",\"refusalReason\":\"" + "x".repeat(2001) + "\"}",
            List.of("refusalReason:too_long")),
        arguments("decision", "{\"decidedOn\":\"2026-01-28\",\"grant\":\"yes\"}", List.of("grant:invalid_type")),
        arguments("decision", "{\"decidedOn\":\"2026-01-28\",\"grant\":{}}",
            List.of("grant.category:required", "grant.form:required", "grant.quantity:required", "grant.unit:required",
                "grant.frequency:required", "grant.validFrom:required", "grant.evaluationDate:required", "grant.goals:required")),
        arguments("decision", grantWith("validUntil", "\"2026-01-31\""), List.of("grant.validUntil:before_start")),
        arguments("decision", grantWith("validUntil", "null"), List.of("grant.validUntil:required_for_weekly")),
        arguments("decision", grantWith("evaluationDate", "\"2026-01-31\""), List.of("grant.evaluationDate:before_validity_start")),
        arguments("decision", grantWith("quantity", "0"), List.of("grant.quantity:not_positive")),
        arguments("decision", grantWith("quantity", "-3"), List.of("grant.quantity:not_positive")),
        arguments("decision", grantWith("quantity", "1.5"), List.of("grant.quantity:invalid_type")),
        arguments("decision", grantWith("quantity", "\"3\""), List.of("grant.quantity:invalid_type")),
        arguments("decision", grantWith("category", "\"guidance\""), List.of("grant.category:invalid_type")),
        arguments("decision", grantWith("category", "\"02\""), List.of("grant.category:invalid_type")),
        arguments("decision", grantWith("category", "\"HOUSEHOLD_HELP\""), List.of("grant.category:product_category_mismatch")),
        arguments("decision", grantWith("unit", "\"MINUTE\""), List.of("grant.unit:product_unit_mismatch")),
        arguments("decision", grantWith("form", "\"PGB\""), List.of("grant.form:invalid_type")),
        arguments("decision", grantWith("frequency", "2"), List.of("grant.frequency:invalid_type")),
        arguments("decision", grantWith("product", "\"02a01\""), List.of("grant.product:product_code_format")),
        arguments("decision", grantWith("product", "\"99X99\""), List.of("grant.product:unknown_on_start")),
        arguments("decision", grantWith("product", "\" \""), List.of("grant.product:product_code_format")),
        arguments("decision", grantWith("validFrom", "\"2023-12-31\""), List.of("grant.product:unknown_on_start")),
        arguments("decision", grantWith("goals", "[]"), List.of("grant.goals:required")),
        arguments("decision", grantWith("goals", "[null]"), List.of("grant.goals[0]:required")),
        arguments("decision", grantWith("goals", "[\"ok\",\" \"]"), List.of("grant.goals:blank")),
        arguments("decision", grantWith("goals", "\"one goal\""), List.of("grant.goals:invalid_type")),
        arguments("decision", grantWith("goals", "[1]"), List.of("grant.goals[0]:invalid_type")),
        arguments("decision", grantWith("volume", "{\"quantity\":3}"), List.of("grant.volume:unknown_field")),
        // Every kind at once: unknown field, wrong type, missing field, bad format.
        arguments("decision", "{\"decidedOn\":\"2026-01-28\",\"reason\":\"x\",\"grant\":{\"category\":\"GUIDANCE\","
            + "\"product\":\"?\",\"form\":\"IN_KIND\",\"quantity\":\"3\",\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\","
            + "\"validFrom\":\"2026-02-01\",\"goals\":[\"g\"]}}",
            List.of("reason:unknown_field", "grant.quantity:invalid_type", "grant.product:product_code_format",
                "grant.evaluationDate:required")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("invalidBodies")
  void an_invalid_body_lists_every_invalid_field_and_stores_nothing(String route, String body, List<String> expected) {
    var before = api.stored();
    TestServer.Reply reply = api.server.post(path(route), STAFF, body);
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(reply.body()).doesNotContain(CLIENT).doesNotContain("123456789").doesNotContain("2026-02-30")
        .doesNotContain("02a01");
    assertThat(api.stored()).isEqualTo(before);
  }

  static Stream<String> malformed() {
    return Stream.of("{\"assessedOn\":", "assessedOn=2026-01-20", "{'x':1}", "", "   ", "null",
        "{\"a\":1} {\"a\":2}", "{\"a\":1,\"a\":2}", "{\"a\":1,}", "{\"a\":NaN}");
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformed_json_is_a_400_on_every_route(String body) {
    for (String route : ROUTES) {
      var before = api.stored();
      TestServer.Reply reply = api.server.send("POST", path(route), STAFF, "application/json",
          body.getBytes(StandardCharsets.UTF_8));
      assertProblem(reply, 400, "malformed_json");
      assertThat(api.stored()).as(route).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"2026-01-20\"", "42", "true"})
  void a_body_that_is_not_an_object_is_invalid_on_every_route(String body) {
    for (String route : ROUTES) {
      var before = api.stored();
      TestServer.Reply reply = api.server.post(path(route), STAFF, body);
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("body:invalid_type");
      assertThat(api.stored()).as(route).isEqualTo(before);
    }
  }

  /**
   * A request whose body the server leaves unread, on a server of its own over the same facade: Jetty
   * may close such a connection after answering, and a pooled connection reused afterwards would fail.
   */
  private static TestServer.Reply unread(String route, String contentType, byte[] body) {
    try (TestServer alone = TestServer.start(TestServer.options().withMaxBodyBytes(16 * 1024),
        nl.wmokader.adapters.rest.WmoKaderRoutes.of(api.wmo))) {
      return alone.send("POST", path(route), STAFF, contentType, body);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"open", "assessment", "application", "decision", "objection", "objection/decision"})
  void a_body_not_declared_json_is_a_415_and_a_huge_one_a_413(String route) {
    var before = api.stored();
    assertProblem(unread(route, "text/plain", "{\"assessedOn\":\"2026-01-20\"}".getBytes(StandardCharsets.UTF_8)),
        415, "unsupported_media_type");
    assertProblem(unread(route, null, null), 415, "unsupported_media_type");
    assertProblem(unread(route, "application/json",
        ("{\"x\":\"" + "y".repeat(20_000) + "\"}").getBytes(StandardCharsets.UTF_8)), 413, "body_too_large");
    assertThat(api.stored()).isEqualTo(before);
  }

  static Stream<String> malformedIds() {
    return Stream.of("not-a-uuid", "1234", "00000000-0000-0000-0000-00000000000g", "0-0-0-0-1",
        "00000000000000000000000000000001", "%7B00000000-0000-0000-0000-000000000001%7D", "%20",
        "00000000-0000-0000-0000-0000000000001", "%C3%A9", "x".repeat(500), "999900018", "null", "..%2F..%2Fregion");
  }

  @ParameterizedTest
  @MethodSource("malformedIds")
  void a_malformed_id_is_bad_input_on_every_case_route_never_a_fault(String id) {
    var before = api.stored();
    for (String step : List.of("assessment", "application", "decision", "objection", "objection/decision")) {
      assertMalformedId(api.server.post("/api/v1/indications/" + id + "/" + step, STAFF, "{\"assessedOn\":\"2026-01-20\"}"));
    }
    assertMalformedId(api.server.get("/api/v1/indications/" + id, STAFF));
    assertThat(api.stored()).isEqualTo(before);
  }

  /** 400 naming the id when the path reaches a case route; 404 when the segment makes it no route at all. */
  private static void assertMalformedId(TestServer.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isIn(400, 404);
    if (reply.status() == 400) {
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("indicationId:uuid_format");
    } else {
      assertProblem(reply, 404, "route_not_found");
    }
    assertThat(reply.body()).doesNotContain("999900018");
  }

  @Test
  void a_well_formed_id_in_capitals_names_the_same_case() {
    TestServer.Reply read = api.server.get("/api/v1/indications/" + reported.toUpperCase(java.util.Locale.ROOT), STAFF);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.json().path("id").asText()).isEqualTo(reported);
  }

  static Stream<Arguments> invalidQueries() {
    return Stream.of(
        arguments("/api/v1/indications?page=-1", List.of("page:out_of_range")),
        arguments("/api/v1/indications?page=x&pageSize=y", List.of("page:invalid_type", "pageSize:invalid_type")),
        arguments("/api/v1/indications?page=-1&pageSize=0", List.of("page:out_of_range", "pageSize:out_of_range")),
        arguments("/api/v1/indications?pageSize=501", List.of("pageSize:out_of_range")),
        arguments("/api/v1/overdue-items?kind=assessment", List.of("kind:invalid_value")),
        arguments("/api/v1/overdue-items?kind=", List.of("kind:invalid_value")),
        arguments("/api/v1/overdue-items?kind=X&page=1.5", List.of("kind:invalid_value", "page:invalid_type")),
        arguments("/api/v1/overdue-items?pageSize=99999999999", List.of("pageSize:invalid_type")),
        // No filter is ignored silently, and a client's BSN never goes in a URL.
        arguments("/api/v1/indications?status=REPORTED", List.of("status:unknown_field")),
        arguments("/api/v1/indications?client=" + CLIENT, List.of("client:not_allowed")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidQueries")
  void invalid_query_parameters_are_all_listed(String path, List<String> expected) {
    TestServer.Reply reply = api.server.get(path, STAFF);
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void a_trailing_slash_or_a_bsn_in_the_path_is_no_route() {
    assertProblem(api.server.get("/api/v1/indications/", STAFF), 404, "route_not_found");
    JsonNode problem = assertProblem(api.server.get("/api/v1/indications/" + reported + "/client/" + CLIENT, STAFF),
        404, "route_not_found");
    assertThat(problem.toString()).doesNotContain(CLIENT);
  }
}
