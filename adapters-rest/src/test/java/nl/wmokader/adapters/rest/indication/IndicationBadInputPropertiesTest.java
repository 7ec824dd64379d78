package nl.wmokader.adapters.rest.indication;

import static nl.wmokader.adapters.rest.indication.IndicationApi.BERNHEZE;
import static nl.wmokader.adapters.rest.indication.IndicationApi.CLIENT;
import static nl.wmokader.adapters.rest.indication.IndicationApi.actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever arrives as a body or an id, the intake routes answer a success or a 4xx problem, never a
 * fault, and a refused request stores nothing. Today is 28 January 2026.
 */
class IndicationBadInputPropertiesTest implements WithQuickTheories {
  private static final String STAFF = actor(BERNHEZE);
  private static IndicationApi api;
  private static String applied;

  @BeforeAll
  static void start() {
    api = new IndicationApi();
    api.today(LocalDate.of(2026, 1, 28));
    applied = IndicationApi.expect(201, api.server.post("/api/v1/indications", STAFF,
        "{\"client\":\"" + CLIENT + "\",\"responsibleMunicipality\":\"1721\",\"appliedOn\":\"2026-01-21\"}"))
        .path("id").asText();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** JSON-ish fragments of the intake bodies, valid and broken, glued together at random. */
  private Gen<String> jsonish() {
    Gen<String> piece = Generate.pick(List.of("{", "}", "[", "]", ",", ":", "\"client\"", "\"responsibleMunicipality\"",
        "\"attributedTo\"", "\"reportedOn\"", "\"appliedOn\"", "\"assessedOn\"", "\"decidedOn\"", "\"filedOn\"",
        "\"outcome\"", "\"grant\"", "\"refusalReason\"", "\"category\"", "\"product\"", "\"quantity\"", "\"goals\"",
        "\"" + CLIENT + "\"", "\"123456789\"", "\"1721\"", "\"0828\"", "\"2026-01-21\"", "\"2026-02-30\"",
        "\"2099-01-01\"", "\"GUIDANCE\"", "\"UPHELD\"", "\"02A01\"", "true", "null", "0", "-1", "1.5", "1e400", "\"\"",
        "99999999999999999999", "\\", "\"\\u0000\""));
    return lists().of(piece).ofSizeBetween(0, 30).map(parts -> String.join("", parts));
  }

  private Gen<String> anything() {
    return jsonish().mix(strings().allPossible().ofLengthBetween(0, 60), 30);
  }

  private Gen<String> routes() {
    return Generate.pick(List.of("/api/v1/indications", "/api/v1/indications/{id}/assessment",
        "/api/v1/indications/{id}/application", "/api/v1/indications/{id}/decision", "/api/v1/indications/{id}/objection",
        "/api/v1/indications/{id}/objection/decision"));
  }

  @Test
  void a_body_never_faults_and_a_refused_one_stores_nothing() {
    qt().withExamples(300).forAll(routes(), anything()).checkAssert((route, body) -> {
      var before = api.stored();
      TestServer.Reply reply = api.server.send("POST", route.replace("{id}", applied), STAFF, "application/json",
          body.getBytes(StandardCharsets.UTF_8));
      assertThat(reply.status()).as(route + " " + body + " -> " + reply).isIn(200, 201, 400, 422);
      assertThat(reply.body()).doesNotContain("123456789");
      if (reply.status() >= 400) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(api.stored()).isEqualTo(before);
      }
    });
  }

  @Test
  void an_id_of_any_text_never_faults() {
    qt().withExamples(200).forAll(strings().allPossible().ofLengthBetween(1, 80), routes()).checkAssert((raw, route) -> {
      var before = api.stored();
      String id = URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
      TestServer.Reply read = api.server.get("/api/v1/indications/" + id, STAFF);
      assertThat(read.status()).as(raw + " -> " + read).isIn(400, 404);
      if (!route.equals("/api/v1/indications")) {
        TestServer.Reply step = api.server.post(route.replace("{id}", id), STAFF, "{}");
        assertThat(step.status()).as(raw + " " + route + " -> " + step).isIn(400, 404);
      }
      assertThat(api.stored()).isEqualTo(before);
    });
  }
}
