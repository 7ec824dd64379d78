package nl.wmokader.adapters.rest;

import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import nl.wmokader.adapters.rest.testing.ProductionRoutes;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Wmo-Actor header: who may call at all. */
class ActorHeaderTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestServer.options(), ProductionRoutes.overInMemoryAdapters());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void parses_each_form() {
    assertThat(ActorHeader.parse("region").get()).isEqualTo(Actor.region());
    assertThat(ActorHeader.parse("supervisor").get()).isEqualTo(Actor.supervisor());
    assertThat(ActorHeader.parse("municipality:0828").get()).isEqualTo(Actor.municipality(MunicipalityCode.of("0828")));
    assertThat(ActorHeader.parse("provider:12345678").get()).isEqualTo(Actor.provider(AgbCode.of("12345678")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"region ", " region", "municipality:0828 ", "municipality:\u0660\u0668\u0662\u0668",
      "provider:\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18", "\u0000region"})
  void parsing_is_exact(String value) {
    // HTTP itself trims a field value's outer whitespace; non-ASCII digits are no CBS or AGB code.
    assertThat(ActorHeader.parse(value).isEmpty()).as(value).isTrue();
  }

  @Test
  void a_request_without_the_header_is_a_401_problem_with_a_challenge() {
    TestServer.Reply reply = server.get("/api/v1/region", null);
    assertProblem(reply, 401, "actor_missing");
    assertThat(reply.header("WWW-Authenticate")).hasValue("Wmo-Actor realm=\"wmo-kader\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "Region", "REGION", "admin", "municipality", "municipality:",
      "municipality:828", "municipality:08281", "municipality:abcd", "municipality:0828:x", "municipality: 0828",
      "provider:1234567", "provider:123456789", "provider:abcdefgh", "supervisor:1", "region,supervisor"})
  void a_malformed_header_is_a_401_problem(String value) {
    TestServer.Reply reply = server.get("/api/v1/region", value);
    assertThat(reply.status()).as("%s -> %s", value, reply).isEqualTo(401);
    assertThat(reply.code()).isIn("actor_invalid", "actor_missing");
    assertThat(reply.header("WWW-Authenticate")).isPresent();
    assertThat(ActorHeader.parse(value).isEmpty()).isTrue();
  }

  @Test
  void the_problem_does_not_repeat_the_header_value() {
    TestServer.Reply reply = server.get("/api/v1/region", "municipality:99991234");
    assertProblem(reply, 401, "actor_invalid");
    assertThat(reply.body()).doesNotContain("99991234");
  }

  @ParameterizedTest
  @ValueSource(strings = {"region", "supervisor", "municipality:0828", "provider:12345678"})
  void a_valid_header_passes_to_the_use_case(String value) {
    // No region is defined: the use case answers, so the actor was accepted.
    assertProblem(server.get("/api/v1/region", value), 404, "not_defined");
  }

  @Test
  void the_openapi_document_needs_no_actor() {
    assertThat(server.get("/api/v1/openapi.json", null).status()).isEqualTo(200);
  }

  @Test
  void an_unknown_route_is_a_404_even_without_an_actor() {
    assertProblem(server.get("/api/v1/unknown", null), 404, "route_not_found");
  }
}
