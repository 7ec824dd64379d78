package nl.wmokader.adapters.rest.catalogue;

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
class ProductBadInputPropertiesTest implements WithQuickTheories {
  private static CatalogueApi api;

  @BeforeAll
  static void start() {
    api = new CatalogueApi().seeded();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** JSON-ish fragments: valid pieces, broken pieces and wrong types, glued together at random. */
  private Gen<String> jsonish() {
    Gen<String> piece = Generate.pick(List.of("{", "}", "[", "]", ",", ":", "\"code\"", "\"category\"", "\"name\"",
        "\"unit\"", "\"variant\"", "\"frequency\"", "\"from\"", "\"until\"", "\"localTo\"", "\"tariffCents\"",
        "\"02A01\"", "\"GUIDANCE\"", "\"HOUR\"", "\"EFFORT_BASED\"", "\"PER_WEEK\"", "\"2026-01-01\"", "\"2025-02-30\"",
        "\"0828\"", "true", "null", "1", "-1", "1.5", "1e400", "\"\"", "\"x\"", "99999999999999999999", "\\"));
    return lists().of(piece).ofSizeBetween(0, 30).map(parts -> String.join("", parts));
  }

  private Gen<String> anything() {
    return jsonish().mix(strings().allPossible().ofLengthBetween(0, 60), 30);
  }

  @Test
  void a_body_on_any_product_route_never_faults_and_a_refused_one_stores_nothing() {
    Gen<String> path = Generate.pick(List.of(CatalogueApi.PRODUCTS, "/api/v1/products/02A01/versions",
        "/api/v1/products/02A01/reference-tariffs"));
    qt().withExamples(200).forAll(path, anything()).checkAssert((route, body) -> {
      var before = api.stored();
      TestServer.Reply reply = api.server.send("POST", route, "region", "application/json",
          body.getBytes(StandardCharsets.UTF_8));
      assertThat(reply.status()).as(route + " " + body + " -> " + reply).isIn(200, 201, 400, 404, 409, 422);
      if (reply.status() >= 400) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(api.stored()).isEqualTo(before);
      }
    });
  }

  @Test
  void any_product_code_or_date_in_a_url_is_answered_without_a_fault() {
    Gen<String> text = strings().allPossible().ofLengthBetween(1, 12)
        .mix(Generate.pick(List.of("02A01", "L0828", "2025-06-01", "2025-13-01", "..", "%", "A B", "a/b", ";", "\\", "%2F")), 40);
    qt().withExamples(200).forAll(text, text).checkAssert((code, date) -> {
      String segment = URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
      String query = URLEncoder.encode(date, StandardCharsets.UTF_8);
      for (String path : List.of("/api/v1/products/" + segment, "/api/v1/products/" + segment + "/versions/current?asOf=" + query,
          "/api/v1/products/" + segment + "/reference-tariffs/current?asOf=" + query, "/api/v1/products?asOf=" + query)) {
        TestServer.Reply reply = api.server.get(path, "municipality:1721");
        assertThat(reply.status()).as(path + " -> " + reply).isIn(200, 400, 404);
        if (reply.status() != 200) {
          assertThat(reply.contentType()).startsWith("application/problem+json");
        }
      }
    });
  }
}
