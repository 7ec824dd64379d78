package nl.wmokader.adapters.rest.contracting;

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
class ContractingBadInputPropertiesTest implements WithQuickTheories {
  private static ContractingApi api;
  private static String contract;

  @BeforeAll
  static void start() {
    api = new ContractingApi().withProviders();
    contract = api.contracted(ContractingApi.CONTRACT_2025);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** JSON-ish fragments: valid pieces, broken pieces and wrong types, glued together at random. */
  private Gen<String> jsonish() {
    Gen<String> piece = Generate.pick(List.of("{", "}", "[", "]", ",", ":", "\"agbCode\"", "\"name\"", "\"provider\"",
        "\"from\"", "\"until\"", "\"lots\"", "\"product\"", "\"tariffCents\"", "\"reason\"", "\"12345678\"", "\"02A01\"",
        "\"products\"", "\"condition\"", "\"reference\"", "\"validFrom\"", "\"expiresOn\"", "\"percentage\"", "\"3.2\"",
        "\"INSURANCE\"", "\"explanation\"", "\"maxDays\"", "\"kind\"", "\"PER_MILESTONE\"", "\"milestones\"",
        "\"chamberOfCommerce\"", "\"deliveryForms\"", "\"IN_KIND\"", "\"supervisionContact\"", "\"version\"",
        "\"2025-09-01\"", "\"2025-02-30\"", "\"OTHER\"", "true", "null", "1", "-1", "1.5", "1e400", "\"\"", "\"x\"",
        "99999999999999999999", "\\"));
    return lists().of(piece).ofSizeBetween(0, 30).map(parts -> String.join("", parts));
  }

  private Gen<String> anything() {
    return jsonish().mix(strings().allPossible().ofLengthBetween(0, 60), 30);
  }

  @Test
  void a_body_on_any_contracting_route_never_faults_and_a_refused_one_stores_nothing() {
    Gen<String> route = Generate.pick(List.of(ContractingApi.PROVIDERS, ContractingApi.CONTRACTS, contract + "/lots",
        contract + "/termination", contract + "/client-stops", contract + "/client-stop-lifts",
        ContractingApi.PROVIDERS + "/12345678/admission-applications", contract + "/evidence", contract + "/suspension",
        contract + "/client-stop-requests", contract + "/lots/02A01/tariffs", contract + "/lots/02A01/indexations",
        "PUT " + ContractingApi.PROVIDERS + "/12345678", "PUT " + contract + "/lots/11A01/claim-moments",
        "PUT " + contract + "/waiting-time-norm"));
    qt().withExamples(200).forAll(route, anything()).checkAssert((target, body) -> {
      var before = api.stored();
      String method = target.startsWith("PUT ") ? "PUT" : "POST";
      String path = target.replaceFirst("^PUT ", "");
      TestServer.Reply reply = api.server.send(method, path, target.contains("client-stop-requests") ? "provider:12345678"
          : "region", "application/json", body.getBytes(StandardCharsets.UTF_8));
      assertThat(reply.status()).as(path + " " + body + " -> " + reply).isIn(200, 201, 400, 404, 409, 422);
      if (reply.status() >= 400) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(api.stored()).isEqualTo(before);
      }
    });
  }

  @Test
  void any_identifier_or_parameter_in_a_url_is_answered_without_a_fault() {
    Gen<String> text = strings().allPossible().ofLengthBetween(1, 40).mix(Generate.pick(List.of("12345678",
        "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-00000000000G", "02A01", "2025-06-01", "%", "a/b")), 40);
    qt().withExamples(200).forAll(text, text).checkAssert((a, b) -> {
      String segment = URLEncoder.encode(a, StandardCharsets.UTF_8).replace("+", "%20");
      String query = URLEncoder.encode(b, StandardCharsets.UTF_8);
      for (String path : List.of("/api/v1/contracts/" + segment, "/api/v1/providers/" + segment,
          "/api/v1/providers/" + segment + "/evidence-alerts?withinDays=" + query,
          "/api/v1/contracts?provider=" + query, "/api/v1/delivery-rights?provider=" + query + "&product=" + segment
              + "&date=" + query)) {
        TestServer.Reply reply = api.server.get(path, "municipality:1721");
        assertThat(reply.status()).as(path + " -> " + reply).isIn(200, 400, 404);
        if (reply.status() != 200) {
          assertThat(reply.contentType()).startsWith("application/problem+json");
        }
      }
    });
  }
}
