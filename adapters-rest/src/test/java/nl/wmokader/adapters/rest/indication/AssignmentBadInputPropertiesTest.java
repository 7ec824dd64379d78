package nl.wmokader.adapters.rest.indication;

import static nl.wmokader.adapters.rest.indication.AssignmentApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.BERNHEZE_STAFF;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.MAASOEVER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever arrives, in a body, a path or a query, the answer is a success or a 4xx problem, never a
 * fault; a refused request stores nothing; an invalid field is reported under its own name.
 */
class AssignmentBadInputPropertiesTest implements WithQuickTheories {
  private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
  private static AssignmentApi api;
  private static String indication;
  private static List<String[]> routes;

  @BeforeAll
  static void start() {
    api = new AssignmentApi();
    indication = api.granted().toString();
    String assigned = api.issued(MAASOEVER);
    String delivering = api.delivering(MAASOEVER);
    routes = List.of(
        new String[] {"/api/v1/assignments", BERNHEZE_STAFF},
        new String[] {"/api/v1/assignments/searches", "region"},
        new String[] {"/api/v1/assignments/" + assigned + "/extension", BERNHEZE_STAFF},
        new String[] {"/api/v1/assignments/" + assigned + "/volume-change", BERNHEZE_STAFF},
        new String[] {"/api/v1/assignments/" + assigned + "/delivery-start", AS_MAASOEVER},
        new String[] {"/api/v1/assignments/" + delivering + "/delivery-stop", AS_MAASOEVER});
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** JSON-ish fragments of these bodies, valid and broken, glued together at random. */
  private Gen<String> jsonish() {
    Gen<String> piece = Generate.pick(List.of("{", "}", "[", "]", ",", ":", "\"indication\"", "\"provider\"", "\"type\"",
        "\"volume\"", "\"quantity\"", "\"unit\"", "\"frequency\"", "\"start\"", "\"end\"", "\"newEnd\"", "\"openEnded\"",
        "\"changeDate\"", "\"newVolume\"", "\"date\"", "\"reason\"", "\"client\"", "\"status\"", "\"SPECIFIC\"", "\"HOUR\"",
        "\"PER_WEEK\"", "\"19\"", "\"2026-02-09\"", "\"2026-02-30\"", "\"98000001\"", "\"999900043\"", "\"" + indication + "\"",
        "true", "null", "1", "-1", "1.5", "1e400", "\"\"", "\"x\"", "99999999999999999999", "\\", "\"\\u0000\""));
    return lists().of(piece).ofSizeBetween(0, 30).map(parts -> String.join("", parts));
  }

  private Gen<String> anything() {
    return jsonish().mix(strings().allPossible().ofLengthBetween(0, 60), 30);
  }

  @Test
  void a_body_never_faults_on_any_route_and_a_refused_one_stores_nothing() {
    qt().withExamples(300).forAll(integers().between(0, routes.size() - 1), anything()).checkAssert((route, body) -> {
      var before = api.stored();
      String[] r = routes.get(route);
      TestServer.Reply reply = api.server.send("POST", r[0], r[1], "application/json", body.getBytes(StandardCharsets.UTF_8));
      assertThat(reply.status()).as(r[0] + " " + body + " -> " + reply).isIn(200, 201, 400, 404, 422);
      if (reply.status() >= 400) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(api.stored()).isEqualTo(before);
      }
    });
  }

  @Test
  void an_issue_of_random_values_names_only_its_own_fields_and_a_refused_one_stores_nothing() {
    Gen<String> id = Generate.pick(List.of("\"" + indication + "\"", "\"" + AssignmentApi.ABSENT_ID + "\"", "\"x\"", "7", "null"));
    Gen<String> agb = Generate.pick(List.of("\"98000001\"", "\"98000002\"", "\"9800000\"", "98000001", "null"));
    Gen<String> type = Generate.pick(List.of("\"SPECIFIC\"", "\"ASPECIFIC\"", "\"GENERIC\"", "\"specific\"", "\"1\"", "null"));
    Gen<String> volume = Generate.pick(List.of("{\"quantity\":3,\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\"}",
        "{\"quantity\":50000,\"unit\":\"EUROS\",\"frequency\":\"TOTAL\"}", "{\"quantity\":0,\"unit\":\"HOUR\"}",
        "{\"quantity\":3,\"unit\":\"HOURS\",\"frequency\":\"PER_WEEK\"}", "[]", "null"));
    Gen<String> date = Generate.pick(List.of("\"2026-02-01\"", "\"2026-12-31\"", "\"2027-06-30\"", "\"2026-02-30\"",
        "\"1-2-2026\"", "20260201", "null"));
    Set<String> fields = Set.of("indication", "provider", "type", "volume", "start", "end", "product");
    Gen<String> who = id.zip(agb, (i, p) -> "\"indication\":" + i + ",\"provider\":" + p);
    Gen<String> what = type.zip(volume, (t, v) -> "\"type\":" + t + ",\"volume\":" + v);
    Gen<String> when = date.zip(date, (s, e) -> "\"start\":" + s + ",\"end\":" + e);
    qt().withExamples(200).forAll(who, what, when)
        .checkAssert((w, x, y) -> {
          String body = "{" + w + "," + x + "," + y + "}";
          var before = api.stored();
          TestServer.Reply reply = api.server.post("/api/v1/assignments", BERNHEZE_STAFF, body);
          assertThat(reply.status()).as(body + " -> " + reply).isIn(201, 400, 404, 422);
          if (reply.status() == 400) {
            assertThat(reply.invalidParams()).as(body + " -> " + reply).isNotEmpty()
                .allMatch(param -> fields.contains(param.split("[.:]")[0]));
          }
          if (reply.status() != 201) {
            assertThat(api.stored()).isEqualTo(before);
          }
        });
  }

  @Test
  void a_path_segment_that_is_no_uuid_is_a_4xx_naming_the_id() {
    Gen<String> segment = strings().betweenCodePoints(0x21, 0x7E).ofLengthBetween(1, 40)
        .mix(Generate.pick(List.of(AssignmentApi.ABSENT_ID, AssignmentApi.ABSENT_ID.toUpperCase())), 10);
    qt().withExamples(150).forAll(segment, Generate.pick(List.of("", "/extension", "/delivery-start")))
        .checkAssert((raw, action) -> {
          var before = api.stored();
          String path = "/api/v1/assignments/" + encode(raw) + action;
          String method = action.isEmpty() ? "GET" : "POST";
          String actor = action.equals("/delivery-start") ? AS_MAASOEVER : BERNHEZE_STAFF;
          String body = action.isEmpty() ? null : action.equals("/extension") ? "{\"newEnd\":\"2026-11-30\"}" : "{\"date\":\"2026-02-09\"}";
          TestServer.Reply reply = api.onFreshConnection(method, path, actor, body);
          assertThat(reply.status()).as(raw + " -> " + reply).isBetween(400, 499);
          if (raw.matches(UUID)) {
            assertThat(reply.status()).as(raw + " -> " + reply).isEqualTo(404);
          } else if (reply.contentType().startsWith("application/problem+json") && reply.code().equals("invalid_input")) {
            assertThat(reply.invalidParams()).as(raw + " -> " + reply).containsExactly("assignmentId:uuid_format");
          }
          assertThat(api.stored()).isEqualTo(before);
        });
  }

  @Test
  void any_query_on_the_lists_is_a_page_or_a_400_never_a_fault() {
    Gen<String> name = Generate.pick(List.of("indication", "provider", "status", "product", "startedFrom", "startedTo",
        "page", "pageSize", "client", "sort", "x"));
    Gen<String> value = Generate.pick(List.of("", "x", "0", "-1", "1", "500", "501", "98000001", "02A01", "ASSIGNED",
        "assigned", "2026-02-09", "2026-02-30", AssignmentApi.ABSENT_ID, indication, "%20", "%C3%A9", "999999999"));
    Gen<String> query = lists().of(name.zip(value, (n, v) -> n + "=" + v)).ofSizeBetween(0, 5).map(l -> String.join("&", l));
    qt().withExamples(150).forAll(query, Generate.pick(List.of("/api/v1/assignments", "/api/v1/waiting-times")))
        .checkAssert((q, path) -> {
          TestServer.Reply reply = api.server.get(path + "?" + q, "region");
          assertThat(reply.status()).as(path + "?" + q + " -> " + reply).isIn(200, 400);
          if (reply.status() == 400) {
            assertThat(reply.code()).isEqualTo("invalid_input");
            assertThat(reply.invalidParams()).isNotEmpty();
            assertThat(reply.body()).doesNotContain("999999999");
          }
        });
  }

  /** Percent-encodes everything but unreserved characters, as a client building a path would. */
  private static String encode(String raw) {
    StringBuilder out = new StringBuilder();
    for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '_' || c == '.' || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return out.toString();
  }
}
