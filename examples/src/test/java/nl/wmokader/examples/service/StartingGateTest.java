package nl.wmokader.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gate in front of a server that started before its database was ready. */
class StartingGateTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final StartingGate gate = new StartingGate();
  private Javalin app;

  @BeforeEach
  void a_server_behind_a_closed_gate() {
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.before(gate);
      config.routes.get(ExampleService.HEALTH_PATH, ctx -> ctx.result("{\"status\":\"UP\"}"));
      config.routes.get("/api/v1/region", ctx -> ctx.result("{}"));
    }).start(0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void until_open_health_says_starting_and_the_api_answers_a_problem_both_503_with_retry_after() throws Exception {
    HttpResponse<String> health = get(ExampleService.HEALTH_PATH);
    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(health.body()).isEqualTo("{\"status\":\"STARTING\"}");
    assertThat(health.headers().firstValue("Retry-After")).hasValue("1");

    HttpResponse<String> api = get("/api/v1/region");
    assertThat(api.statusCode()).isEqualTo(503);
    assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(api.body()).contains("\"code\":\"starting\"");
  }

  @Test
  void once_open_every_request_passes() throws Exception {
    gate.open();
    assertThat(get(ExampleService.HEALTH_PATH).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/region").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
