package nl.wmokader.adapters.rest;

import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.wmokader.adapters.rest.testing.ProbeRoutes;
import nl.wmokader.adapters.rest.testing.ProductionRoutes;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What every route shares: unknown routes, wrong methods, the version header, faults, paging, bodies. */
class HttpBehaviourTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    List<ApiRoutes> routes = new ArrayList<>(ProductionRoutes.overInMemoryAdapters());
    routes.add(new ProbeRoutes(120));
    server = TestServer.start(TestServer.options().withMaxBodyBytes(4096), routes);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/nothing", "/api/v1/regions", "/api/v1", "/api/v1/region/members/0828"})
  void an_unknown_route_is_a_404_problem(String path) {
    JsonNode problem = assertProblem(server.get(path, "region"), 404, "route_not_found");
    assertThat(problem.path("instance").asText()).isEqualTo(path);
  }

  @Test
  void a_trailing_slash_is_not_the_resource() {
    assertProblem(server.get("/api/v1/region/", "region"), 404, "route_not_found");
  }

  @Test
  void the_problem_instance_never_echoes_a_number_that_may_be_a_bsn() {
    JsonNode problem = assertProblem(server.get("/api/v1/clients/999912345", "region"), 404, "route_not_found");
    assertThat(problem.toString()).doesNotContain("999912345");
  }

  @ParameterizedTest
  @CsvSource({"DELETE,/api/v1/region,'GET, PUT'", "PATCH,/api/v1/region/inhabitant-counts,POST",
      "POST,/api/v1/openapi.json,GET"})
  void a_wrong_method_is_a_405_problem_that_names_the_allowed_ones(String method, String path, String allowed) {
    TestServer.Reply reply = server.send(method, path, "region", null, null);
    assertProblem(reply, 405, "method_not_allowed");
    assertThat(reply.header("Allow")).hasValue(allowed);
  }

  @Test
  void options_on_a_resource_is_405_too() {
    TestServer.Reply reply = server.send("OPTIONS", "/api/v1/region", "region", null, null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(405);
    assertThat(reply.header("Allow")).hasValue("GET, PUT");
    assertThat(reply.header("API-Version")).hasValue("1.0.0");
  }

  @Test
  void head_answers_like_get_without_a_body() {
    TestServer.Reply reply = server.send("HEAD", "/api/v1/probes", "region", null, null);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEmpty();
    assertThat(reply.header("API-Version")).hasValue("1.0.0");
    TestServer.Reply anonymous = server.send("HEAD", "/api/v1/probes", null, null, null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.body()).isEmpty();
    assertThat(server.send("HEAD", "/api/v1/region", "region", null, null).status()).isEqualTo(404);
  }

  @Test
  void successful_answers_carry_the_api_version_header_too() {
    TestServer.Reply reply = server.get("/api/v1/probes", "region");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("API-Version")).hasValue("1.0.0");
    assertThat(reply.contentType()).startsWith("application/json");
  }

  @Test
  void no_answer_of_the_api_may_be_stored_by_a_cache_or_sniffed_as_another_type() {
    for (TestServer.Reply reply : List.of(server.get("/api/v1/probes", "region"),
        server.get("/api/v1/probes/failure", "region"), server.get("/api/v1/nowhere", "region"),
        server.get("/api/v1/probes/", "region"))) {
      assertThat(reply.header("Cache-Control")).as(reply.status() + "").hasValue("no-store");
      assertThat(reply.header("X-Content-Type-Options")).as(reply.status() + "").hasValue("nosniff");
    }
    TestServer.Reply document = server.get("/api/v1/openapi.json", null);
    assertThat(document.header("Cache-Control")).hasValue("no-cache");
    assertThat(document.header("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void two_actor_headers_are_a_400_whichever_comes_first() {
    for (String[] pair : List.of(new String[] {"region", "municipality:0828"}, new String[] {"municipality:0828", "region"},
        new String[] {"region", "region"})) {
      TestServer.Reply reply = server.sendWithHeaders("GET", "/api/v1/probes", "Wmo-Actor", pair[0], "Wmo-Actor", pair[1]);
      assertProblem(reply, 400, "actor_ambiguous");
    }
    assertThat(server.sendWithHeaders("GET", "/api/v1/probes", "Wmo-Actor", "region").status()).isEqualTo(200);
  }

  @Test
  void with_known_actors_a_non_member_or_an_unregistered_provider_is_a_403_before_anything_else() {
    nl.wmokader.core.shared.KnownActors known = new nl.wmokader.core.shared.KnownActors() {
      @Override
      public boolean isMember(nl.wmokader.core.shared.MunicipalityCode municipality) {
        return municipality.value().equals("0828");
      }

      @Override
      public boolean isRegistered(nl.wmokader.core.shared.AgbCode provider) {
        return provider.value().equals("98000001");
      }
    };
    TestServer checked = TestServer.start(TestServer.options().withKnownActors(known), List.of(new ProbeRoutes(3)));
    try {
      assertProblem(checked.get("/api/v1/probes", "municipality:0363"), 403, "forbidden");
      assertProblem(checked.get("/api/v1/probes", "provider:99999999"), 403, "forbidden");
      assertProblem(checked.post("/api/v1/probes/echo", "provider:99999999", "{\"date\":\"x\"}"), 403, "forbidden");
      assertThat(checked.get("/api/v1/probes", "municipality:0828").status()).isEqualTo(200);
      assertThat(checked.get("/api/v1/probes", "provider:98000001").status()).isEqualTo(200);
      assertThat(checked.get("/api/v1/probes", "region").status()).isEqualTo(200);
      assertThat(checked.get("/api/v1/probes", "supervisor").status()).isEqualTo(200);
    } finally {
      checked.close();
    }
    assertThat(server.get("/api/v1/probes", "municipality:0363").status()).as("no check without known actors").isEqualTo(200);
  }

  /** One request as raw bytes (what no HTTP client would send), the whole answer as text. */
  private static String raw(String request) throws java.io.IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.app().port())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "/api/v1/%ZZ|                      |400|malformed_request",
      "/api/v1/%00|                      |400|malformed_request",
      "/api/v1/probes%C0%AE|             |400|malformed_request",
      "/api/v1/probes|Wmo-Actor: reg\u0000ion|400|malformed_request",
      "LONG_URI|                         |414|uri_too_long",
      "/api/v1/probes|LONG_HEADER        |431|headers_too_large"})
  void what_jetty_refuses_itself_is_a_problem_too_without_an_echo(String path, String header, int status, String code)
      throws java.io.IOException {
    String target = path.equals("LONG_URI") ? "/api/v1/" + "a".repeat(20_000) : path;
    String extra = header == null ? "" : header.equals("LONG_HEADER") ? "X-Big: " + "b".repeat(40_000) + "\r\n"
        : header.replace("\\u0000", "\u0000") + "\r\n";
    String answer = raw("GET " + target + " HTTP/1.1\r\nHost: x\r\n" + extra + "Connection: close\r\n\r\n");
    String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    assertThat(head).startsWith("HTTP/1.1 " + status).contains("Content-Type: application/problem+json")
        .contains("X-Content-Type-Options: nosniff");
    JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("code").asText()).isEqualTo(code);
    assertThat(body).doesNotContain("ZZ").doesNotContain("reg").doesNotContain("aaaa").doesNotContain("bbbb");
  }

  @Test
  void an_unexpected_fault_is_a_500_problem_without_internals() {
    TestServer.Reply reply = server.get("/api/v1/probes/failure", "region");
    assertProblem(reply, 500, "internal_error");
    assertThat(reply.body()).doesNotContain(ProbeRoutes.SECRET).doesNotContain("IllegalState")
        .doesNotContain("Exception").doesNotContain("at nl.");
  }

  @Test
  void paths_outside_the_api_keep_javalins_own_answers() {
    TestServer.Reply reply = server.get("/elsewhere", "region");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).doesNotStartWith("application/problem+json");
    assertThat(reply.header("API-Version")).isEmpty();
  }

  @Test
  void a_list_is_paged_with_totals_and_links_that_keep_other_query_parameters() {
    TestServer.Reply reply = server.get("/api/v1/probes?sort=name&page=1&pageSize=50", "region");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonNode page = reply.json();
    assertThat(page.path("items")).hasSize(50);
    assertThat(page.path("items").get(0).asText()).isEqualTo("item-50");
    assertThat(page.path("page").asInt()).isEqualTo(1);
    assertThat(page.path("pageSize").asInt()).isEqualTo(50);
    assertThat(page.path("totalItems").asLong()).isEqualTo(120);
    assertThat(page.path("totalPages").asLong()).isEqualTo(3);
    JsonNode links = page.path("links");
    assertThat(links.path("self").path("href").asText()).isEqualTo("/api/v1/probes?sort=name&page=1&pageSize=50");
    assertThat(links.path("first").path("href").asText()).isEqualTo("/api/v1/probes?sort=name&page=0&pageSize=50");
    assertThat(links.path("prev").path("href").asText()).isEqualTo("/api/v1/probes?sort=name&page=0&pageSize=50");
    assertThat(links.path("next").path("href").asText()).isEqualTo("/api/v1/probes?sort=name&page=2&pageSize=50");
    assertThat(links.path("last").path("href").asText()).isEqualTo("/api/v1/probes?sort=name&page=2&pageSize=50");
  }

  @Test
  void the_first_page_is_the_default_and_has_no_prev_link() {
    JsonNode page = server.get("/api/v1/probes", "region").json();
    assertThat(page.path("page").asInt()).isZero();
    assertThat(page.path("pageSize").asInt()).isEqualTo(50);
    assertThat(page.path("links").has("prev")).isFalse();
    assertThat(page.path("links").has("next")).isTrue();
  }

  @Test
  void a_page_past_the_end_is_empty_and_has_no_next_link() {
    JsonNode page = server.get("/api/v1/probes?page=7&pageSize=50", "region").json();
    assertThat(page.path("items")).isEmpty();
    assertThat(page.path("totalItems").asLong()).isEqualTo(120);
    assertThat(page.path("links").has("next")).isFalse();
    assertThat(page.path("links").path("prev").path("href").asText()).endsWith("page=2&pageSize=50");
  }

  @ParameterizedTest
  @CsvSource({"page=abc&pageSize=x,'page:invalid_type,pageSize:invalid_type'",
      "page=-1&pageSize=0,'page:out_of_range,pageSize:out_of_range'", "pageSize=501,pageSize:out_of_range",
      "page=1.5,page:invalid_type", "page=99999999999,page:invalid_type"})
  void invalid_paging_parameters_are_all_listed(String query, String expected) {
    TestServer.Reply reply = server.get("/api/v1/probes?" + query, "region");
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactly(expected.split(","));
  }

  @Test
  void a_record_body_binds_every_leaf_type_strictly() {
    TestServer.Reply reply = server.post("/api/v1/probes/echo", "region",
        "{\"text\":\"t\",\"number\":42,\"flag\":true,\"date\":\"2025-01-01\",\"tags\":[\"a\",\"b\"],\"kind\":\"LARGE\"}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().toString())
        .isEqualTo("{\"text\":\"t\",\"number\":42,\"flag\":true,\"date\":\"2025-01-01\",\"tags\":[\"a\",\"b\"],\"kind\":\"LARGE\"}");
  }

  @Test
  void a_date_is_yyyy_mm_dd_in_the_years_1900_to_2999_and_no_string_holds_a_control_character() {
    for (String date : List.of("-0001-01-01", "+10000-01-01", "2026-12-01\\u0000", "20261201", "2026-12-1", "2026-02-30")) {
      TestServer.Reply reply = server.post("/api/v1/probes/echo", "region", "{\"date\":\"" + date + "\"}");
      assertThat(reply.invalidParams()).as(date).containsExactly("date:date_format");
    }
    assertThat(server.post("/api/v1/probes/echo", "region", "{\"date\":20261201}").invalidParams())
        .containsExactly("date:date_format");
    for (String date : List.of("1899-12-31", "3000-01-01", "0000-01-01", "9999-12-31")) {
      TestServer.Reply reply = server.post("/api/v1/probes/echo", "region", "{\"date\":\"" + date + "\"}");
      assertThat(reply.invalidParams()).as(date).containsExactly("date:out_of_range");
    }
    for (String text : List.of("a\\u0000b", "\\u001b[31m", "x\\u007f", "\\u0085")) {
      TestServer.Reply reply = server.post("/api/v1/probes/echo", "region",
          "{\"text\":\"" + text + "\",\"tags\":[\"" + text + "\"]}");
      assertThat(reply.invalidParams()).as(text).containsExactly("text:control_character", "tags[0]:control_character");
    }
    TestServer.Reply multiLine = server.post("/api/v1/probes/echo", "region",
        "{\"text\":\"line\\tone\\r\\nline two\",\"date\":\"1900-01-01\"}");
    assertThat(multiLine.status()).as(multiLine.toString()).isEqualTo(200);
    assertThat(multiLine.json().path("text").asText()).isEqualTo("line\tone\r\nline two");
  }

  @Test
  void a_record_body_with_wrong_leaves_lists_each_of_them() {
    TestServer.Reply reply = server.post("/api/v1/probes/echo", "region",
        "{\"text\":1,\"number\":\"42\",\"flag\":\"true\",\"date\":\"2025-13-01\",\"tags\":[\"a\",7],\"kind\":\"HUGE\",\"x\":0}");
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrder("x:unknown_field", "text:invalid_type",
        "number:invalid_type", "flag:invalid_type", "date:date_format", "tags[1]:invalid_type", "kind:invalid_type");
  }

  @Test
  void created_answers_201_with_a_location_under_the_base_path() {
    TestServer.Reply reply = server.post("/api/v1/probes", "region", "{\"text\":\"p1\"}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.header("Location")).hasValue("/api/v1/probes/p1");
    assertThat(reply.json().path("text").asText()).isEqualTo("p1");
  }

  @Test
  void no_content_answers_204_or_the_problem() {
    TestServer.Reply deleted = server.send("DELETE", "/api/v1/probes/p1", "region", null, null);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(deleted.header("API-Version")).hasValue("1.0.0");
    assertProblem(server.send("DELETE", "/api/v1/probes/gone", "region", null, null), 404, "not_found");
  }

  @Test
  void a_query_parameter_the_document_does_not_name_is_refused_not_ignored() {
    TestServer.Reply reply = server.get("/api/v1/probes?sort=name&filter=x&pageSize=0", "region");
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrder("filter:unknown_field", "pageSize:out_of_range");
  }

  @Test
  void a_bsn_in_a_url_is_refused_without_being_repeated() {
    TestServer.Reply reply = server.get("/api/v1/probes?client=999990007&bsn=999990007", "region");
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrder("client:not_allowed", "bsn:not_allowed");
    assertThat(reply.body()).doesNotContain("999990007");
  }

  @Test
  void a_body_larger_than_the_limit_is_a_413_problem() {
    byte[] big = ("{\"text\":\"" + "x".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);
    var reply = server.send("POST", "/api/v1/probes/echo", "region", "application/json", big);
    assertProblem(reply, 413, "body_too_large");
    assertThat(reply.header("Connection")).as("the unread body ends the connection").hasValue("close");
  }

  @Test
  void a_streamed_body_larger_than_the_limit_is_a_413_problem() {
    byte[] big = ("{\"text\":\"" + "x".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);
    assertProblem(server.sendChunked("POST", "/api/v1/probes/echo", "region", big), 413, "body_too_large");
  }

  @Test
  void a_huge_body_is_refused_without_reading_it() {
    byte[] huge = new byte[8 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    assertProblem(server.send("POST", "/api/v1/probes/echo", "region", "application/json", huge), 413, "body_too_large");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml", "json"})
  void a_body_that_is_not_json_by_content_type_is_a_415_problem(String type) {
    var reply = server.send("POST", "/api/v1/probes/echo", "region", type, "{}".getBytes(StandardCharsets.UTF_8));
    assertProblem(reply, 415, "unsupported_media_type");
    assertThat(reply.header("Connection")).as("the unread body ends the connection").hasValue("close");
  }

  @Test
  void a_body_without_content_type_is_a_415_problem() {
    assertProblem(server.send("POST", "/api/v1/probes/echo", "region", null, "{}".getBytes(StandardCharsets.UTF_8)),
        415, "unsupported_media_type");
  }

  @Test
  void json_with_a_charset_or_a_json_suffix_type_is_accepted() {
    for (String type : List.of("application/json; charset=utf-8", "application/merge-patch+json", "Application/JSON")) {
      TestServer.Reply reply = server.send("POST", "/api/v1/probes/echo", "region", type,
          "{}".getBytes(StandardCharsets.UTF_8));
      assertThat(reply.status()).as(type + " " + reply).isEqualTo(200);
    }
  }
}
