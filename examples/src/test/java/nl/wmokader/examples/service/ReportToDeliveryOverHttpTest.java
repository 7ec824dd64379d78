package nl.wmokader.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import nl.wmokader.adapters.rest.ActorHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story of Foundation I end to end, as a municipality's and a provider's software would tell
 * it to the running example service: a Bernheze resident reports a need for guidance, is assessed,
 * applies and is granted three hours a week; Bernheze assigns a contracted demo provider, which
 * reports the start of delivery. Real HTTP, the real JDBC adapters on an H2 file database.
 */
class ReportToDeliveryOverHttpTest {

  /** Outside the demo clients (999900018 onwards), in the test range, passing the eleven-test. */
  private static final String CLIENT = "999990007";
  private static final String BERNHEZE = "municipality:1721";
  private static final String GUIDANCE_PROVIDER = "provider:98000003";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dataDirectory;
  private final MovableClock clock = new MovableClock(LocalDate.of(2026, 11, 2));
  private ExampleService service;

  @BeforeEach
  void the_service_runs_with_its_demo_data() {
    ServiceConfig config = ServiceConfig.defaults()
        .withDatabase(ServiceConfig.DEFAULT_DB_URL.replace("./data", dataDirectory.toString()))
        .withIdentity(new IdentityConfig.Development(dataDirectory.resolve("key.json")))
        .withHttpPort(0);
    service = ExampleService.start(config, clock);
  }

  @AfterEach
  void stop() {
    service.stop();
  }

  @Test
  void report_decision_assignment_and_start_of_delivery() throws IOException {
    clock.set(LocalDate.of(2026, 11, 3));
    HttpResponse<String> reported = send("POST", "/api/v1/indications", BERNHEZE,
        "{\"client\":\"" + CLIENT + "\",\"responsibleMunicipality\":\"1721\",\"reportedOn\":\"2026-11-03\"}");
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    String indication = JSON.readTree(reported.body()).path("id").asText();
    assertThat(reported.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/indications/" + indication));
    assertThat(JSON.readTree(reported.body()).path("deadlines").path("assessmentDue").asText())
        .as("six weeks after the report: 15 December 2026, a Tuesday").isEqualTo("2026-12-15");

    clock.set(LocalDate.of(2026, 11, 10));
    ok(send("POST", "/api/v1/indications/" + indication + "/assessment", BERNHEZE, "{\"assessedOn\":\"2026-11-10\"}"));
    JsonNode applied = ok(send("POST", "/api/v1/indications/" + indication + "/application", BERNHEZE,
        "{\"appliedOn\":\"2026-11-10\"}"));
    assertThat(applied.path("status").asText()).isEqualTo("APPLIED");

    clock.set(LocalDate.of(2026, 11, 17));
    JsonNode decided = ok(send("POST", "/api/v1/indications/" + indication + "/decision", BERNHEZE,
        "{\"decidedOn\":\"2026-11-17\",\"grant\":{\"category\":\"GUIDANCE\",\"product\":\"02A01\",\"form\":\"IN_KIND\","
            + "\"quantity\":3,\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\",\"validFrom\":\"2026-11-23\","
            + "\"validUntil\":\"2027-05-23\",\"goals\":[\"Keeps the daily routine\"],\"evaluationDate\":\"2027-02-23\"}}"));
    assertThat(decided.path("status").asText()).isEqualTo("GRANTED");

    clock.set(LocalDate.of(2026, 11, 18));
    String toGuidanceProvider = "{\"indication\":\"" + indication + "\",\"provider\":\"98000003\",\"type\":\"SPECIFIC\","
        + "\"product\":\"02A01\",\"volume\":{\"quantity\":3,\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\"},"
        + "\"start\":\"2026-11-23\",\"end\":\"2027-05-23\"}";
    HttpResponse<String> issued = send("POST", "/api/v1/assignments", BERNHEZE, toGuidanceProvider);
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    String assignment = JSON.readTree(issued.body()).path("id").asText();

    // The same product to the same provider over the same weeks would stack (iWmo OP259).
    HttpResponse<String> again = send("POST", "/api/v1/assignments", BERNHEZE, toGuidanceProvider);
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(again.body()).path("code").asText()).isEqualTo("stacking");

    clock.set(LocalDate.of(2026, 11, 24));
    JsonNode started = ok(send("POST", "/api/v1/assignments/" + assignment + "/delivery-start", GUIDANCE_PROVIDER,
        "{\"date\":\"2026-11-24\"}"));
    assertThat(started.path("status").asText()).isEqualTo("DELIVERING");

    JsonNode seenByProvider = ok(send("GET", "/api/v1/assignments/" + assignment, GUIDANCE_PROVIDER, null));
    assertThat(seenByProvider.path("deliveryStart").asText()).isEqualTo("2026-11-24");

    // Another municipality and another provider are answered as if the case did not exist.
    assertThat(send("GET", "/api/v1/indications/" + indication, "municipality:0755", null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/v1/assignments/" + assignment, "provider:98000004", null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/v1/assignments/" + assignment, null, null).statusCode()).isEqualTo(401);
  }

  private JsonNode ok(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.request().uri() + " " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> send(String method, String path, String actor, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + path))
        .timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (actor != null) {
      request.header("Authorization", "Bearer " + DevelopmentTokens.inFile(dataDirectory.resolve("key.json"))
          .issue(ActorHeader.parse(actor).get(), "tester", Duration.ofMinutes(5), Clock.systemUTC()));
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** "Today" as the test moves it, at noon in Amsterdam. */
  private static final class MovableClock extends Clock {
    private volatile LocalDate today;

    MovableClock(LocalDate today) {
      this.today = today;
    }

    void set(LocalDate day) {
      today = day;
    }

    @Override
    public ZoneId getZone() {
      return ExampleService.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
      return today.atTime(LocalTime.NOON).atZone(ExampleService.ZONE).toInstant();
    }
  }
}
