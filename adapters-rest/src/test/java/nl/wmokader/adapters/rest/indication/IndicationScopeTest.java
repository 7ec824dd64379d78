package nl.wmokader.adapters.rest.indication;

import static nl.wmokader.adapters.rest.indication.IndicationApi.BERNHEZE;
import static nl.wmokader.adapters.rest.indication.IndicationApi.BOEKEL;
import static nl.wmokader.adapters.rest.indication.IndicationApi.CLIENT;
import static nl.wmokader.adapters.rest.indication.IndicationApi.OSS;
import static nl.wmokader.adapters.rest.indication.IndicationApi.actor;
import static nl.wmokader.adapters.rest.indication.IndicationApi.expect;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what, as HTTP statuses: no actor 401, providers and supervisors 403, another
 * municipality's case 404 (as if absent), the municipality of origin reads but does not change.
 * A refused request stores nothing.
 */
class IndicationScopeTest {
  private static IndicationApi api;
  /** A Bernheze case, decided, with an objection filed. */
  private static String bernhezeCase;
  /** An Oss case attributed to Boekel. */
  private static String attributedCase;

  @BeforeAll
  static void start() {
    api = new IndicationApi();
    bernhezeCase = api.granted();
    api.step(actor(BERNHEZE), bernhezeCase, "objection", "{\"filedOn\":\"2026-01-28\"}");
    attributedCase = api.report(actor(OSS), IndicationApi.OTHER_CLIENT, OSS, BOEKEL, LocalDate.of(2026, 1, 6))
        .path("id").asText();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** A request: method, path with {id} for the case, and a body valid for the route. */
  record Call(String method, String path, String body) {
    String on(String id) {
      return path.replace("{id}", id);
    }

    TestServer.Reply send(String actor, String id) {
      return api.server.send(method, on(id), actor, body == null ? null : "application/json",
          body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static final Call OPEN = new Call("POST", "/api/v1/indications",
      "{\"client\":\"" + CLIENT + "\",\"responsibleMunicipality\":\"1721\",\"reportedOn\":\"2026-01-20\"}");

  static Stream<Call> caseCalls() {
    return Stream.of(
        new Call("GET", "/api/v1/indications/{id}", null),
        new Call("POST", "/api/v1/indications/{id}/assessment", "{\"assessedOn\":\"2026-01-20\"}"),
        new Call("POST", "/api/v1/indications/{id}/application", "{\"appliedOn\":\"2026-01-21\"}"),
        new Call("POST", "/api/v1/indications/{id}/decision", "{\"decidedOn\":\"2026-01-28\",\"refusalReason\":\"No need\"}"),
        new Call("POST", "/api/v1/indications/{id}/objection", "{\"filedOn\":\"2026-01-28\"}"),
        new Call("POST", "/api/v1/indications/{id}/objection/decision", "{\"outcome\":\"UPHELD\",\"decidedOn\":\"2026-01-28\"}"));
  }

  static Stream<Call> everyCall() {
    return Stream.concat(Stream.of(OPEN, new Call("GET", "/api/v1/indications", null),
        new Call("GET", "/api/v1/overdue-items", null)), caseCalls());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCall")
  void without_an_actor_every_route_is_a_401(Call call) {
    var before = api.stored();
    TestServer.Reply reply = call.send(null, bernhezeCase);
    assertProblem(reply, 401, "actor_missing");
    assertThat(reply.header("WWW-Authenticate")).isPresent();
    assertProblem(call.send("municipality:17", bernhezeCase), 401, "actor_invalid");
    assertThat(api.stored()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCall")
  void providers_and_supervisors_are_forbidden_everywhere(Call call) {
    var before = api.stored();
    for (String actor : List.of("provider:12345678", "supervisor")) {
      assertProblem(call.send(actor, bernhezeCase), 403, "forbidden");
    }
    assertThat(api.stored()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseCalls")
  void another_municipalitys_case_is_not_found_as_an_absent_one(Call call) {
    var before = api.stored();
    TestServer.Reply other = call.send(actor(OSS), bernhezeCase);
    TestServer.Reply absent = call.send(actor(OSS), "00000000-0000-0000-0000-0000000000ff");
    assertProblem(other, 404, "not_found");
    assertProblem(absent, 404, "not_found");
    assertThat(other.json().path("detail").asText().replace(bernhezeCase, "ID"))
        .isEqualTo(absent.json().path("detail").asText().replace("00000000-0000-0000-0000-0000000000ff", "ID"));
    assertThat(other.body()).doesNotContain(CLIENT);
    assertThat(api.stored()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseCalls")
  void the_municipality_of_origin_reads_a_central_case_but_does_not_change_it(Call call) {
    var before = api.stored();
    TestServer.Reply reply = call.send(actor(BOEKEL), attributedCase);
    if (call.method().equals("GET")) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().path("attributedTo").asText()).isEqualTo(BOEKEL);
    } else {
      assertProblem(reply, 403, "forbidden");
    }
    assertThat(api.stored()).isEqualTo(before);
  }

  @Test
  void a_municipality_may_not_open_a_case_another_is_responsible_for() {
    var before = api.stored();
    assertProblem(OPEN.send(actor(OSS), ""), 403, "forbidden");
    assertProblem(api.server.post("/api/v1/indications", actor(OSS),
        "{\"client\":\"" + CLIENT + "\",\"responsibleMunicipality\":\"1721\",\"appliedOn\":\"2026-01-20\"}"), 403, "forbidden");
    assertThat(api.stored()).isEqualTo(before);
  }

  @Test
  void each_lists_only_the_cases_it_sees() {
    assertThat(expect(200, api.server.get("/api/v1/indications", "region")).path("items").findValuesAsText("id"))
        .containsExactly(bernhezeCase, attributedCase);
    assertThat(expect(200, api.server.get("/api/v1/indications", actor(BERNHEZE))).path("items").findValuesAsText("id"))
        .containsExactly(bernhezeCase);
    assertThat(expect(200, api.server.get("/api/v1/indications", actor(BOEKEL))).path("items").findValuesAsText("id"))
        .containsExactly(attributedCase);
    assertThat(expect(200, api.server.get("/api/v1/indications", actor("1982"))).path("totalItems").asLong()).isZero();
  }

  @Test
  void each_lists_only_the_overdue_steps_it_sees() {
    api.today(LocalDate.of(2026, 6, 1));
    try {
      assertThat(expect(200, api.server.get("/api/v1/overdue-items", "region")).path("items").findValuesAsText("indicationId"))
          .containsExactly(attributedCase, bernhezeCase);
      assertThat(expect(200, api.server.get("/api/v1/overdue-items", actor(BOEKEL))).path("items")
          .findValuesAsText("indicationId")).containsExactly(attributedCase);
      assertThat(expect(200, api.server.get("/api/v1/overdue-items", actor(BERNHEZE))).path("items")
          .findValuesAsText("kind")).containsExactly("OBJECTION_DECISION");
      assertThat(expect(200, api.server.get("/api/v1/overdue-items", actor("1982"))).path("totalItems").asLong()).isZero();
    } finally {
      api.today(LocalDate.of(2026, 1, 28));
    }
  }
}
