package nl.wmokader.adapters.rest.governance;

import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Wrongly shaped bodies never reach the use cases and never answer 5xx: a 400 listing every bad field. */
class GovernanceBadInputTest {
  private static GovernanceApi api;

  @BeforeAll
  static void start() {
    api = new GovernanceApi().withReferenceRegion();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        arguments("/api/v1/cost-allocations", "[]", List.of("body:invalid_type")),
        arguments("/api/v1/cost-allocations", "{}", List.of("purpose:required", "totalCents:required", "key:required")),
        arguments("/api/v1/cost-allocations", "{\"purpose\":1,\"totalCents\":\"5\",\"key\":[]}",
            List.of("purpose:invalid_type", "totalCents:invalid_type", "key:invalid_type")),
        arguments("/api/v1/cost-allocations", "{\"purpose\":\"X\",\"totalCents\":1.5,\"key\":{\"type\":\"actualUse\","
            + "\"categories\":[\"15\"],\"colour\":1}}",
            List.of("key.colour:unknown_field", "totalCents:invalid_type", "key.categories[0]:invalid_type")),
        arguments("/api/v1/cost-allocations", "{\"purpose\":\"X\",\"totalCents\":1,\"key\":{}}", List.of("key.type:required")),
        arguments("/api/v1/cost-allocations", "{\"purpose\":\"X\",\"totalCents\":1,\"key\":{\"type\":\"fixedShares\","
            + "\"whole\":100,\"shares\":[{\"member\":\"828\",\"share\":100}]}}",
            List.of("key.shares[0].member:municipality_code_format")),
        arguments("/api/v1/contribution-calculations", "{\"households\":{},\"from\":202501,\"until\":\"2025-12\"}",
            List.of("households:invalid_type", "from:invalid_type")),
        arguments("/api/v1/contribution-calculations", "{\"households\":[null,{\"id\":\"00000000-0000-0000-0000-000000000001\","
            + "\"clientBirthDate\":\"01-03-1950\",\"provisions\":[{\"category\":\"HAIRCUT\",\"start\":\"2025-01-01\"}]}],"
            + "\"from\":\"2025-01\",\"until\":\"2025-12\",\"bsn\":\"999900018\"}",
            List.of("bsn:unknown_field", "households[1].clientBirthDate:date_format",
                "households[1].provisions[0].category:invalid_type")),
        arguments("/api/v1/vote-counts", "{\"subject\":\"X\",\"referenceDate\":\"2024-06-01\",\"ballots\":[{\"voter\":\"0828\","
            + "\"choice\":\"IN_FAVOUR\",\"weight\":3}]}", List.of("ballots[0].weight:unknown_field")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("invalid")
  void is_a_400_with_every_invalid_field(String path, String body, List<String> params) {
    TestServer.Reply reply = api.server.post(path, "region", body);
    assertProblem(reply, 400, "invalid_input");
    assertThat(reply.invalidParams()).containsExactlyInAnyOrderElementsOf(params);
    assertThat(reply.body()).doesNotContain("999900018");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paths")
  void malformed_json_is_a_400(String path) {
    assertProblem(api.server.post(path, "region", "{\"purpose\":"), 400, "malformed_json");
  }

  static Stream<String> paths() {
    return Stream.of("/api/v1/cost-allocations", "/api/v1/contribution-calculations", "/api/v1/vote-counts");
  }
}
