package nl.wmokader.adapters.rest.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever arrives as a body, path segment or query, the answer is a 4xx problem or a success, never a fault. */
class ObligationBadInputPropertiesTest implements WithQuickTheories {
  private static ObligationApi api;

  @BeforeAll
  static void start() {
    api = new ObligationApi();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** JSON-ish fragments: valid pieces, broken pieces and wrong types, glued together at random. */
  private Gen<String> jsonish() {
    Gen<String> piece = Generate.pick(List.of("{", "}", "[", "]", ",", ":", "\"year\"", "\"kind\"", "\"amountCents\"",
        "\"description\"", "\"refusedOn\"", "\"reason\"", "\"explanation\"", "\"statement\"", "2025", "2026", "2014", "\"2026-01-05\"",
        "\"2026-02-30\"", "\"OTHER\"", "\"NO_CAPACITY\"", "\"TRANSFORMATION\"", "\"SOCIAL_RETURN\"", "true", "null", "1", "-1",
        "1.5", "1e400", "\"\"", "\" \"", "\"x\"", "99999999999999999999", "\\"));
    return lists().of(piece).ofSizeBetween(0, 30).map(parts -> String.join("", parts));
  }

  @Test
  void a_body_on_any_obligation_route_never_faults_and_a_refused_one_stores_nothing() {
    Gen<String> route = Generate.pick(List.of(ObligationApi.REFUSALS, ObligationApi.SPENDING, ObligationApi.DECLARATIONS));
    Gen<String> actor = Generate.pick(List.of(ObligationApi.AS_MAASOEVER, ObligationApi.AS_LINDEHOF, "region"));
    qt().withExamples(200).forAll(route, actor, jsonish().mix(strings().allPossible().ofLengthBetween(0, 60), 30))
        .checkAssert((path, who, body) -> {
          var before = api.stored();
          TestServer.Reply reply = api.server.send("POST", path, who, "application/json", body.getBytes(StandardCharsets.UTF_8));
          assertThat(reply.status()).as(path + " " + body + " -> " + reply).isIn(200, 201, 400, 403, 404, 409, 422);
          if (reply.status() >= 400) {
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(api.stored()).isEqualTo(before);
          }
        });
  }

  @Test
  void any_identifier_or_parameter_in_a_url_is_answered_without_a_fault() {
    Gen<String> text = strings().allPossible().ofLengthBetween(1, 40).mix(Generate.pick(List.of("98000001", "98000002",
        "00000000-0000-0000-0000-000000000001", "2025", "-2025", "2147483648", "%", "a/b")), 40);
    qt().withExamples(200).forAll(text, text).checkAssert((a, b) -> {
      String segment = URLEncoder.encode(a, StandardCharsets.UTF_8).replace("+", "%20");
      String query = URLEncoder.encode(b, StandardCharsets.UTF_8);
      for (String path : List.of("/api/v1/providers/" + segment + "/obligation-evaluations?year=" + query,
          "/api/v1/providers/" + segment + "/refusals?year=" + query + "&page=" + query,
          ObligationApi.REFUSALS + "/" + segment, "/api/v1/dormant-contracts?pageSize=" + query)) {
        TestServer.Reply reply = api.server.get(path, "municipality:1721");
        assertThat(reply.status()).as(path + " -> " + reply).isIn(200, 400, 404, 422);
        if (reply.status() != 200) {
          assertThat(reply.contentType()).startsWith("application/problem+json");
        }
      }
    });
  }
}
