package nl.wmokader.adapters.rest.indication;

import static nl.wmokader.adapters.rest.indication.AssignmentApi.ABSENT_ID;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.BERNHEZE_STAFF;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.MAASOEVER;
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
 * Bad input on every assignment route never reaches the core's state and never answers 5xx: a 4xx
 * problem with its code and every invalid field, and the stored assignments unchanged.
 */
class AssignmentBadInputTest {
  private static final String BSN = "999900043";
  private static AssignmentApi api;
  private static String assigned;
  private static String delivering;
  private static String indication;

  /** A route with a body: method, path, the actor who could succeed, and a valid body. */
  record BodyRoute(String name, String path, String actor, String validBody) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void start() {
    api = new AssignmentApi(TestServer.options().withMaxBodyBytes(16 * 1024));
    indication = api.granted().toString();
    assigned = api.issued(MAASOEVER);
    delivering = api.delivering(MAASOEVER);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static Stream<BodyRoute> bodyRoutes() {
    return Stream.of(
        new BodyRoute("issue", "/api/v1/assignments", BERNHEZE_STAFF,
            AssignmentApi.issueBody(new nl.wmokader.core.indication.domain.IndicationId(java.util.UUID.fromString(indication)),
                MAASOEVER)),
        new BodyRoute("search", "/api/v1/assignments/searches", "region", "{\"client\":\"" + BSN + "\"}"),
        new BodyRoute("extension", "/api/v1/assignments/" + assigned + "/extension", BERNHEZE_STAFF,
            "{\"newEnd\":\"2026-11-30\"}"),
        new BodyRoute("volume-change", "/api/v1/assignments/" + assigned + "/volume-change", BERNHEZE_STAFF,
            "{\"changeDate\":\"2026-05-01\",\"newVolume\":{\"quantity\":2,\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\"}}"),
        new BodyRoute("delivery-start", "/api/v1/assignments/" + assigned + "/delivery-start", AS_MAASOEVER,
            "{\"date\":\"2026-02-09\"}"),
        new BodyRoute("delivery-stop", "/api/v1/assignments/" + delivering + "/delivery-stop", AS_MAASOEVER,
            "{\"date\":\"2026-03-31\",\"reason\":\"19\"}"));
  }

  static Stream<Arguments> malformedOnEveryRoute() {
    List<String> malformed = List.of("{\"date\":", "date=2026-02-09", "{date:\"2026-02-09\"}", "", "  \n", "null",
        "{} {}", "{\"date\":\"2026-02-09\",\"date\":\"2026-02-10\"}", "{/* c */}", "{\"date\":\"2026-02-09\",}", "{\"x\":NaN}");
    return bodyRoutes().flatMap(route -> malformed.stream().map(body -> arguments(route, body)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("malformedOnEveryRoute")
  void malformed_json_is_a_400_problem_and_stores_nothing(BodyRoute route, String body) {
    var before = api.stored();
    TestServer.Reply reply = api.server.send("POST", route.path(), route.actor(), "application/json",
        body.getBytes(StandardCharsets.UTF_8));
    assertProblem(reply, 400, "malformed_json");
    assertThat(reply.json().has("invalidParams")).isFalse();
    assertThat(api.stored()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodyRoutes")
  void a_body_not_declared_json_is_a_415_problem_and_stores_nothing(BodyRoute route) {
    var before = api.stored();
    assertProblem(api.server.send("POST", route.path(), route.actor(), "text/plain",
        route.validBody().getBytes(StandardCharsets.UTF_8)), 415, "unsupported_media_type");
    assertProblem(api.server.send("POST", route.path(), route.actor(), null, null), 415, "unsupported_media_type");
    assertThat(api.stored()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodyRoutes")
  void a_body_over_the_limit_is_a_413_problem_and_stores_nothing(BodyRoute route) {
    var before = api.stored();
    String padded = route.validBody().replaceFirst("\\{", "{\"padding\":\"" + "x".repeat(20_000) + "\",");
    assertProblem(api.onFreshConnection("POST", route.path(), route.actor(), padded), 413, "body_too_large");
    assertThat(api.stored()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodyRoutes")
  void a_json_value_that_is_not_an_object_is_invalid_input(BodyRoute route) {
    for (String body : List.of("[]", "\"x\"", "7", "true")) {
      var before = api.stored();
      TestServer.Reply reply = api.server.post(route.path(), route.actor(), body);
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("body:invalid_type");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  static Stream<Arguments> everyRoute() {
    return Stream.of(
        arguments("POST", "/api/v1/assignments", "{}"),
        arguments("GET", "/api/v1/assignments", null),
        arguments("POST", "/api/v1/assignments/searches", "{}"),
        arguments("GET", "/api/v1/assignments/" + ABSENT_ID, null),
        arguments("DELETE", "/api/v1/assignments/" + ABSENT_ID, null),
        arguments("POST", "/api/v1/assignments/" + ABSENT_ID + "/extension", "{"),
        arguments("POST", "/api/v1/assignments/" + ABSENT_ID + "/volume-change", "{"),
        arguments("POST", "/api/v1/assignments/" + ABSENT_ID + "/delivery-start", "{"),
        arguments("POST", "/api/v1/assignments/not-a-uuid/delivery-stop", "{"),
        arguments("GET", "/api/v1/waiting-times", null));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyRoute")
  void without_a_valid_actor_every_route_is_a_401_first(String method, String path, String body) {
    var before = api.stored();
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    String type = body == null ? null : "application/json";
    TestServer.Reply missing = api.server.send(method, path, null, type, bytes);
    assertProblem(missing, 401, "actor_missing");
    assertThat(missing.header("WWW-Authenticate")).isPresent();
    assertProblem(api.server.send(method, path, "provider:123", type, bytes), 401, "actor_invalid");
    assertProblem(api.server.send(method, path, "Municipality:1721", type, bytes), 401, "actor_invalid");
    assertThat(api.stored()).isEqualTo(before);
  }

  static Stream<Arguments> invalidIssues() {
    return Stream.of(
        arguments("{}", List.of("indication:required", "provider:required", "type:required", "start:required")),
        arguments("{\"indication\":null,\"provider\":null,\"type\":null,\"start\":null,\"product\":null,\"volume\":null,"
            + "\"end\":null}", List.of("indication:required", "provider:required", "type:required", "start:required")),
        arguments("{\"indication\":5,\"provider\":98000001,\"type\":\"specific\",\"product\":2,\"volume\":\"3 uur\","
            + "\"start\":\"01-02-2026\",\"end\":true}", List.of("indication:invalid_type", "provider:invalid_type",
            "type:invalid_type", "product:invalid_type", "volume:invalid_type", "start:date_format", "end:date_format")),
        arguments(issue("\"not-a-uuid\"", "\"1234\"", "\"SPECIFIC\"", "\"02a01\"",
            "{\"quantity\":0,\"unit\":\"UUR\",\"frequency\":\"WEEKLY\"}", "\"2026-02-01\"", "\"2026-01-31\""),
            List.of("indication:uuid_format", "provider:agb_code_format", "product:product_code_format",
                "volume.quantity:out_of_range", "volume.unit:invalid_type", "volume.frequency:invalid_type", "end:before_start")),
        arguments(issue(null, "\"98000001\"", "\"0\"", null, "{}", "\"2026-02-30\"", null),
            List.of("indication:required", "type:invalid_type", "volume.quantity:required", "volume.unit:required",
                "volume.frequency:required", "start:date_format")),
        arguments(issue("\"" + ABSENT_ID + "\"", "\"98000001\"", "\"SPECIFIC\"", null,
            "{\"quantity\":1.5,\"unit\":4,\"frequency\":[\"PER_WEEK\"]}", "\"2026-02-01\"", null),
            List.of("volume.quantity:invalid_type", "volume.unit:invalid_type", "volume.frequency:invalid_type")),
        arguments(issue("\"" + ABSENT_ID + "\"", "\"98000001\"", "\"SPECIFIC\"", null,
            "{\"quantity\":\"3\",\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\"}", "\"2026-02-01\"", "20261231"),
            List.of("volume.quantity:invalid_type", "end:date_format")),
        arguments(issue("\"" + ABSENT_ID + "\"", "\"98000001\"", "\"SPECIFIC\"", null,
            "{\"quantity\":-3,\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\",\"per\":\"week\"}", "\"2026-02-01\"", null)
            .replace("{\"indication\"", "{\"client\":\"" + BSN + "\",\"indication\""),
            List.of("client:unknown_field", "volume.per:unknown_field", "volume.quantity:out_of_range")));
  }

  private static String issue(String indication, String provider, String type, String product, String volume,
                              String start, String end) {
    StringBuilder b = new StringBuilder("{");
    String[][] fields = {{"indication", indication}, {"provider", provider}, {"type", type}, {"product", product},
        {"volume", volume}, {"start", start}, {"end", end}};
    for (String[] f : fields) {
      if (f[1] != null) {
        b.append(b.length() > 1 ? "," : "").append('"').append(f[0]).append("\":").append(f[1]);
      }
    }
    return b.append('}').toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidIssues")
  void an_invalid_issue_lists_every_invalid_field_and_stores_nothing(String body, List<String> expected) {
    var before = api.stored();
    TestServer.Reply reply = api.server.post("/api/v1/assignments", BERNHEZE_STAFF, body);
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(reply.body()).doesNotContain(BSN).doesNotContain("not-a-uuid").doesNotContain("02a01");
    assertThat(api.stored()).isEqualTo(before);
  }

  static Stream<Arguments> invalidSearches() {
    return Stream.of(
        arguments("{\"client\":\"123456789\"}", List.of("client:bsn_eleven_test")),
        arguments("{\"client\":\"12345\"}", List.of("client:bsn_format")),
        arguments("{\"client\":" + BSN + "}", List.of("client:invalid_type")),
        arguments("{\"client\":\"\"}", List.of("client:required")),
        arguments("{\"indication\":\"x\",\"provider\":\"x\",\"status\":\"assigned\"}",
            List.of("indication:uuid_format", "provider:agb_code_format", "status:invalid_type")),
        arguments("{\"bsn\":\"" + BSN + "\"}", List.of("bsn:unknown_field")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSearches")
  void an_invalid_search_lists_every_invalid_field_without_repeating_the_bsn(String body, List<String> expected) {
    TestServer.Reply reply = api.server.post("/api/v1/assignments/searches", "region", body);
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(reply.body()).doesNotContain(BSN).doesNotContain("123456789");
  }

  @Test
  void a_search_reports_its_query_errors_before_reading_the_body() {
    // Query errors (a BSN in the URL, paging) are all refused before the body is read; the body's
    // own errors follow once the URL is clean.
    TestServer.Reply reply = api.server.post("/api/v1/assignments/searches?page=-1&client=" + BSN, "region",
        "{\"status\":\"GONE\"}");
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrder("client:not_allowed", "page:out_of_range");
    assertThat(reply.body()).doesNotContain(BSN);

    TestServer.Reply clean = api.server.post("/api/v1/assignments/searches?page=-1", "region", "{\"status\":\"GONE\"}");
    assertThat(clean.invalidParams()).containsExactlyInAnyOrder("page:out_of_range", "status:invalid_type");
  }

  static Stream<Arguments> invalidActions() {
    return Stream.of(
        arguments("extension", "{}", List.of("newEnd:required")),
        arguments("extension", "{\"openEnded\":false}", List.of("newEnd:required")),
        arguments("extension", "{\"newEnd\":\"2026-13-01\"}", List.of("newEnd:date_format")),
        arguments("extension", "{\"newEnd\":\"2026-10-31\",\"openEnded\":true}", List.of("newEnd:not_allowed")),
        arguments("extension", "{\"openEnded\":\"yes\"}", List.of("openEnded:invalid_type", "newEnd:required")),
        arguments("extension", "{\"end\":\"2026-10-31\"}", List.of("end:unknown_field", "newEnd:required")),
        arguments("volume-change", "{}", List.of("changeDate:required", "newVolume:required")),
        arguments("volume-change", "{\"changeDate\":\"x\",\"newVolume\":{\"quantity\":0}}", List.of("changeDate:date_format",
            "newVolume.quantity:out_of_range", "newVolume.unit:required", "newVolume.frequency:required")),
        arguments("volume-change", "{\"changeDate\":\"2026-05-01\",\"newVolume\":{\"quantity\":2,\"unit\":\"HOUR\","
            + "\"frequency\":\"PER_WEEK\"},\"onProviderRequest\":\"true\"}", List.of("onProviderRequest:invalid_type")),
        arguments("volume-change", "{\"changeDate\":\"2026-05-01\",\"newVolume\":[2,\"HOUR\",\"PER_WEEK\"]}",
            List.of("newVolume:invalid_type")),
        arguments("delivery-start", "{}", List.of("date:required")),
        arguments("delivery-start", "{\"date\":null}", List.of("date:required")),
        arguments("delivery-start", "{\"date\":\"9-2-2026\"}", List.of("date:date_format")),
        arguments("delivery-start", "{\"date\":\"2026-02-09T10:00:00\"}", List.of("date:date_format")),
        arguments("delivery-start", "{\"date\":\"2026-02-09\",\"reason\":\"19\"}", List.of("reason:unknown_field")),
        arguments("delivery-stop", "{}", List.of("date:required", "reason:required")),
        arguments("delivery-stop", "{\"date\":\"2026-03-31\",\"reason\":\"99\"}", List.of("reason:invalid_type")),
        arguments("delivery-stop", "{\"date\":\"2026-03-31\",\"reason\":\"ended_as_planned\"}", List.of("reason:invalid_type")),
        arguments("delivery-stop", "{\"date\":\"2026-03-31\",\"reason\":19}", List.of("reason:invalid_type")),
        arguments("delivery-stop", "{\"date\":[2026,3,31],\"reason\":\" \"}", List.of("date:date_format", "reason:required")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("invalidActions")
  void an_invalid_action_lists_every_invalid_field_and_stores_nothing(String action, String body, List<String> expected) {
    String id = action.equals("delivery-stop") ? delivering : assigned;
    String actor = action.startsWith("delivery") ? AS_MAASOEVER : BERNHEZE_STAFF;
    var before = api.stored();
    TestServer.Reply reply = api.server.post("/api/v1/assignments/" + id + "/" + action, actor, body);
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(api.stored()).isEqualTo(before);
  }

  static Stream<Arguments> malformedIds() {
    List<String> ids = List.of("not-a-uuid", "123", ABSENT_ID + "0", ABSENT_ID.replace("-", ""), "1-1-1-1-1",
        "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", BSN, "%20", "searches", "{assignmentId}".replace("{", "%7B").replace("}", "%7D"));
    List<String[]> routes = List.of(new String[] {"GET", ""}, new String[] {"DELETE", ""},
        new String[] {"POST", "/extension"}, new String[] {"POST", "/volume-change"},
        new String[] {"POST", "/delivery-start"}, new String[] {"POST", "/delivery-stop"});
    return routes.stream().flatMap(r -> ids.stream().map(id -> arguments(r[0], r[1], id)))
        .filter(a -> !(a.get()[0].equals("POST") && a.get()[1].equals("") ));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("malformedIds")
  void a_malformed_assignment_id_is_a_400_naming_it_and_never_echoes_it(String method, String action, String id) {
    var before = api.stored();
    String path = "/api/v1/assignments/" + id + action;
    String actor = action.startsWith("/delivery") ? AS_MAASOEVER : BERNHEZE_STAFF;
    String body = switch (action) {
      case "/extension" -> "{\"newEnd\":\"2026-11-30\"}";
      case "/volume-change" -> "{\"changeDate\":\"2026-05-01\",\"newVolume\":{\"quantity\":2,\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\"}}";
      case "/delivery-start" -> "{\"date\":\"2026-02-09\"}";
      case "/delivery-stop" -> "{\"date\":\"2026-03-31\",\"reason\":\"19\"}";
      default -> null;
    };
    TestServer.Reply reply = api.server.send(method, path, actor, body == null ? null : "application/json",
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactly("assignmentId:uuid_format");
    assertThat(reply.body()).doesNotContain(BSN);
    assertThat(api.stored()).isEqualTo(before);
  }

  @Test
  void a_malformed_id_and_an_invalid_body_are_reported_together() {
    TestServer.Reply reply = api.server.post("/api/v1/assignments/nope/delivery-stop", AS_MAASOEVER, "{\"reason\":\"99\"}");
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactly("assignmentId:uuid_format", "date:required", "reason:invalid_type");
  }

  @ParameterizedTest
  @ValueSource(strings = {"%00", "%2F", "..", "%FF%FE", "a%20b", "\u00e9"})
  void an_odd_path_segment_is_some_4xx_never_a_fault(String segment) {
    var before = api.stored();
    for (String path : List.of("/api/v1/assignments/" + segment, "/api/v1/assignments/" + segment + "/extension")) {
      for (String method : List.of("GET", "DELETE", "POST")) {
        TestServer.Reply reply = api.onFreshConnection(method, path, BERNHEZE_STAFF,
            method.equals("POST") ? "{\"newEnd\":\"2026-11-30\"}" : null);
        assertThat(reply.status()).as(method + " " + path + " -> " + reply).isBetween(400, 499);
      }
    }
    String longId = "a".repeat(4000);
    assertThat(api.onFreshConnection("GET", "/api/v1/assignments/" + longId, BERNHEZE_STAFF, null).status()).isBetween(400, 499);
    assertThat(api.stored()).isEqualTo(before);
  }

  static Stream<Arguments> invalidListQueries() {
    return Stream.of(
        arguments("/api/v1/assignments?indication=x&provider=1&status=assigned",
            List.of("indication:uuid_format", "provider:agb_code_format", "status:invalid_type")),
        arguments("/api/v1/assignments?page=-1&pageSize=0&status=GONE",
            List.of("page:out_of_range", "pageSize:out_of_range", "status:invalid_type")),
        arguments("/api/v1/assignments?page=x&pageSize=1.5", List.of("page:invalid_type", "pageSize:invalid_type")),
        arguments("/api/v1/assignments?stauts=ASSIGNED", List.of("stauts:unknown_field")),
        arguments("/api/v1/assignments?bsn=" + BSN + "&client=" + BSN, List.of("bsn:not_allowed", "client:not_allowed")),
        arguments("/api/v1/waiting-times?provider=x&product=abc&startedFrom=2026-02-30",
            List.of("provider:agb_code_format", "product:product_code_format", "startedFrom:date_format")),
        arguments("/api/v1/waiting-times?startedTo=2026-01-01", List.of("startedFrom:required")),
        arguments("/api/v1/waiting-times?startedFrom=2026-02-01&startedTo=2026-01-01", List.of("startedTo:before_start")),
        arguments("/api/v1/waiting-times?from=2026-01-01&pageSize=501", List.of("from:unknown_field", "pageSize:out_of_range")),
        arguments("/api/v1/waiting-times?client=" + BSN, List.of("client:not_allowed")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidListQueries")
  void invalid_query_parameters_are_listed_at_once(String path, List<String> expected) {
    TestServer.Reply reply = api.server.get(path, "region");
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(reply.body()).doesNotContain(BSN).doesNotContain("2026-02-30");
  }

  @Test
  void a_page_beyond_the_end_is_empty() {
    for (String path : List.of("/api/v1/assignments?page=1000&pageSize=500", "/api/v1/waiting-times?page=1000&pageSize=500",
        "/api/v1/assignments?page=715827882&pageSize=3")) {
      TestServer.Reply reply = api.server.get(path, "region");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().path("items")).isEmpty();
      assertThat(reply.json().path("totalItems").asLong()).isPositive();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"page=4294968&pageSize=500", "page=999999999&pageSize=500", "page=715827883&pageSize=3"})
  void a_page_whose_offset_would_overflow_is_out_of_range_not_the_first_page_again(String paging) {
    for (String path : List.of("/api/v1/assignments?", "/api/v1/waiting-times?", "/api/v1/assignments/searches?")) {
      TestServer.Reply reply = path.contains("searches")
          ? api.server.post(path + paging, "region", "{}")
          : api.server.get(path + paging, "region");
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("page:out_of_range");
    }
  }
}
