package nl.wmokader.adapters.rest.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Asserts the shape every error response shares. */
public final class ProblemAssert {
  private ProblemAssert() {}

  /** An RFC 9457 problem with this status and code, the API-Version header, and the required members. */
  public static JsonNode assertProblem(TestServer.Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
    assertThat(reply.header("API-Version")).as("API-Version header").hasValue("1.0.0");
    JsonNode problem = reply.json();
    assertThat(problem.path("type").asText()).isEqualTo("about:blank");
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("detail").asText()).isNotBlank();
    assertThat(problem.path("code").asText()).as(reply.toString()).isEqualTo(code);
    return problem;
  }
}
