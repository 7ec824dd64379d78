package nl.wmokader.adapters.rest.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever arrives as a body, the answer is a problem or a success, never a fault, and junk stores nothing. */
class RegionBadInputPropertiesTest implements WithQuickTheories {
  private static RegionApi api;

  @BeforeAll
  static void start() {
    api = new RegionApi().defined();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** JSON-ish fragments: valid pieces, broken pieces and wrong types, glued together at random. */
  private Gen<String> jsonish() {
    Gen<String> piece = Generate.pick(List.of("{", "}", "[", "]", ",", ":", "\"name\"", "\"members\"", "\"code\"",
        "\"central\"", "\"municipality\"", "\"referenceDate\"", "\"inhabitants\"", "\"0828\"", "\"2025-01-01\"",
        "\"2025-02-30\"", "true", "null", "1", "-1", "1.5", "1e400", "\"\"", "\"x\"", "99999999999999999999", "\\", "\"\\u0000\""));
    return lists().of(piece).ofSizeBetween(0, 30).map(parts -> String.join("", parts));
  }

  private Gen<String> anything() {
    return jsonish().mix(strings().allPossible().ofLengthBetween(0, 60), 30);
  }

  @Test
  void a_definition_body_never_faults_and_a_refused_one_stores_nothing() {
    qt().withExamples(150).forAll(anything()).checkAssert(body -> {
      var before = api.stored();
      TestServer.Reply reply = api.server.send("PUT", "/api/v1/region", "region", "application/json",
          body.getBytes(StandardCharsets.UTF_8));
      assertThat(reply.status()).as(body + " -> " + reply).isIn(200, 400);
      if (reply.status() == 400) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.code()).isIn("malformed_json", "invalid_input");
        assertThat(api.stored()).isEqualTo(before);
      }
    });
  }

  @Test
  void a_count_body_never_faults_and_a_refused_one_stores_nothing() {
    qt().withExamples(150).forAll(anything()).checkAssert(body -> {
      var before = api.stored();
      TestServer.Reply reply = api.server.send("POST", "/api/v1/region/inhabitant-counts", "region",
          "application/json", body.getBytes(StandardCharsets.UTF_8));
      assertThat(reply.status()).as(body + " -> " + reply).isIn(200, 400, 422);
      if (reply.status() != 200) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(api.stored()).isEqualTo(before);
      }
    });
  }

  @Test
  void wrongly_typed_values_in_a_well_formed_count_are_each_reported_by_name() {
    Gen<String> value = Generate.pick(List.of("1", "-7", "1.5", "true", "null", "\"\"", "\"0828\"", "\"2025-01-01\"",
        "[]", "{}", "\"abc\"", "[\"2025-01-01\"]"));
    qt().withExamples(150).forAll(value, value, value).checkAssert((m, d, n) -> {
      var before = api.stored();
      String body = "{\"municipality\":" + m + ",\"referenceDate\":" + d + ",\"inhabitants\":" + n + "}";
      TestServer.Reply reply = api.server.post("/api/v1/region/inhabitant-counts", "region", body);
      boolean valid = m.equals("\"0828\"") && d.equals("\"2025-01-01\"") && n.equals("1");
      if (valid) {
        assertThat(reply.status()).as(body + " -> " + reply).isEqualTo(200);
      } else {
        assertThat(reply.status()).as(body + " -> " + reply).isIn(400, 422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (reply.status() == 400) {
          assertThat(reply.invalidParams()).isNotEmpty()
              .allMatch(p -> p.startsWith("municipality:") || p.startsWith("referenceDate:") || p.startsWith("inhabitants:"));
        }
        assertThat(api.stored()).isEqualTo(before);
      }
    });
  }
}
