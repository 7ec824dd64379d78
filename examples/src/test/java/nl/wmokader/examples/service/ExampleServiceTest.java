package nl.wmokader.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.wmokader.adapters.rest.ActorHeader;
import nl.wmokader.examples.demo.DemoSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as a user runs it, on a random port over a temporary H2 file database (PostgreSQL
 * mode, as by default), spoken to over real HTTP.
 */
class ExampleServiceTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  private static final Clock CLOCK = Clock.fixed(DAY.atTime(LocalTime.NOON).atZone(ExampleService.ZONE).toInstant(),
      ExampleService.ZONE);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dataDirectory;
  private ServiceConfig config;
  private ExampleService service;

  @BeforeEach
  void a_fresh_file_database() {
    config = ServiceConfig.defaults()
        .withDatabase(ServiceConfig.DEFAULT_DB_URL.replace("./data", dataDirectory.toString()))
        .withIdentity(new IdentityConfig.Development(dataDirectory.resolve("key.json")))
        .withHttpPort(0);
  }

  @AfterEach
  void stop() {
    if (service != null) {
      service.stop();
    }
  }

  @Test
  void a_first_start_seeds_the_demo_data_and_serves_health_and_the_api() throws IOException {
    service = ExampleService.start(config, CLOCK);

    DemoSummary seeded = service.seeded().get();
    assertThat(seeded.demoDay()).isEqualTo(DAY);
    assertThat(seeded.clients()).isEqualTo(300);
    assertThat(service.port()).isPositive();

    HttpResponse<String> health = get("/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(JSON.readTree(health.body()).path("status").asText()).isEqualTo("UP");

    HttpResponse<String> region = get("/api/v1/region", "region");
    assertThat(region.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(region.body());
    assertThat(body.path("name").asText()).isEqualTo("Brabant Noordoost-Oost");
    assertThat(body.path("members").findValuesAsText("code")).containsExactly("0828", "1721", "0755", "1982", "1991");
    assertThat(body.path("inhabitantCounts").findValuesAsText("inhabitants"))
        .containsExactlyInAnyOrder("94643", "32521", "11302", "91000", "58936");

    assertThat(get("/api/v1/region", null).statusCode()).as("the API wants an actor").isEqualTo(401);
    assertThat(get("/api/v1/openapi.json", null).statusCode()).isEqualTo(200);
    assertThat(count("wmo_indication")).isEqualTo(seeded.cases());
    assertThat(count("wmo_assignment")).isEqualTo(seeded.assignments());
  }

  @Test
  void only_the_regions_members_and_registered_providers_act() throws IOException {
    service = ExampleService.start(config, CLOCK);
    assertThat(get("/api/v1/claims", "municipality:0363").statusCode()).isEqualTo(403);
    assertThat(get("/api/v1/claims", "provider:99999999").statusCode()).isEqualTo(403);
    assertThat(get("/api/v1/claims", "municipality:1721").statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/claims", "provider:98000001").statusCode()).isEqualTo(200);
  }

  @Test
  void the_database_files_are_the_service_users_alone() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    java.nio.file.Files.setPosixFilePermissions(dataDirectory, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    service = ExampleService.start(config, CLOCK);
    service.stop();
    service = null;
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(dataDirectory)))
        .isEqualTo("rwx------");
    try (var files = java.nio.file.Files.list(dataDirectory)) {
      java.util.List<Path> all = files.toList();
      assertThat(all).isNotEmpty();
      service = ExampleService.start(config, CLOCK);
      for (Path file : all) {
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(file)))
            .as(file.getFileName().toString()).endsWith("------");
      }
    }
  }

  @Test
  void it_listens_on_the_loopback_interface_only() throws IOException {
    java.net.InetAddress outside = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
        .filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address)
        .findFirst().orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(outside != null, "this machine has an address besides loopback");
    service = ExampleService.start(config, CLOCK);
    assertThat(get("/health", null).statusCode()).isEqualTo(200);
    try (java.net.Socket socket = new java.net.Socket()) {
      assertThatThrownBy(() -> socket.connect(new java.net.InetSocketAddress(outside, service.port()), 2_000))
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void a_second_start_on_the_same_database_does_not_seed_again() throws IOException {
    service = ExampleService.start(config, CLOCK);
    int cases = service.seeded().get().cases();
    service.stop();

    service = ExampleService.start(config, Clock.offset(CLOCK, Duration.ofDays(5)));
    assertThat(service.seeded()).isEmpty();
    assertThat(count("wmo_indication")).isEqualTo(cases);
    assertThat(count("wmo_region")).isEqualTo(1);
    assertThat(JSON.readTree(get("/api/v1/region", "municipality:1721").body()).path("name").asText())
        .isEqualTo("Brabant Noordoost-Oost");
  }

  @Test
  void it_logs_exactly_one_info_line_when_ready_and_it_names_the_url() {
    String log = capturingStandardError(() -> service = ExampleService.start(config, CLOCK));
    List<String> info = Arrays.stream(log.split("\\R")).filter(l -> l.contains(" INFO ")).toList();
    assertThat(info).singleElement().satisfies(line -> assertThat(line)
        .contains("ready on http://localhost:" + service.port())
        .contains("/api/v1")
        .contains("demo data seeded")
        .doesNotContainPattern("\\d{9}"));
    assertThat(log).doesNotContain(" ERROR ");
    assertThat(Arrays.stream(log.split("\\R")).filter(l -> l.contains(" WARN ")).toList())
        .as("the one warning: a development service").singleElement().asString()
        .contains("DEVELOPMENT tokens").contains("key.json").contains("token region");
  }

  @Test
  void without_a_valid_token_only_health_and_the_document_answer() throws Exception {
    service = ExampleService.start(config, CLOCK);
    assertThat(get("/api/v1/region", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/region", null).headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"wmo-kader\"");
    assertThat(send("/api/v1/region", "Wmo-Actor", "region").statusCode()).as("no development header").isEqualTo(401);
    String foreign = DevelopmentTokens.inFile(dataDirectory.resolve("another-key.json"))
        .issue(nl.wmokader.core.shared.Actor.region(), "mallory", Duration.ofMinutes(5), Clock.systemUTC());
    assertThat(send("/api/v1/region", "Authorization", "Bearer " + foreign).statusCode()).as("another key").isEqualTo(401);
    assertThat(get("/health", null).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/openapi.json", null).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/region", "region").statusCode()).isEqualTo(200);
  }

  @Test
  void the_token_command_prints_a_token_of_the_services_key_and_refuses_a_real_issuers_service() throws Exception {
    service = ExampleService.start(config, CLOCK);
    var out = new java.io.ByteArrayOutputStream();
    var err = new java.io.ByteArrayOutputStream();
    Map<String, String> environment = Map.of("WMO_DEV_KEY_FILE", dataDirectory.resolve("key.json").toString());
    assertThat(TokenCommand.run(new String[] {"municipality:1721", "--person", "els", "--minutes", "5"}, environment,
        new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8)))
        .isZero();
    String token = out.toString(StandardCharsets.UTF_8).strip();
    assertThat(send("/api/v1/claims", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
    assertThat(TokenCommand.run(new String[] {"municipality:1721"}, Map.of("WMO_AUTH_ISSUER", "https://login.example",
        "WMO_AUTH_AUDIENCE", "wmo", "WMO_AUTH_JWKS_FILE", "/nowhere.json"), new java.io.PrintStream(out),
        new java.io.PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not accept development tokens");
    for (String[] bad : List.of(new String[0], new String[] {"admin"}, new String[] {"region", "--minutes", "721"},
        new String[] {"region", "--minutes"}, new String[] {"region", "--colour", "red"})) {
      assertThat(TokenCommand.run(bad, environment, new java.io.PrintStream(out), new java.io.PrintStream(err)))
          .as(String.join(" ", bad)).isEqualTo(2);
    }
    if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
          java.nio.file.Files.getPosixFilePermissions(dataDirectory.resolve("key.json")))).isEqualTo("rw-------");
    }
  }

  @Test
  void the_development_header_mode_is_loud_and_takes_the_header() {
    String log = capturingStandardError(() -> service = ExampleService.start(
        config.withIdentity(new IdentityConfig.DevelopmentHeader()), CLOCK));
    assertThat(log).contains(" WARN ").contains("DEVELOPMENT MODE").contains("Wmo-Actor");
    assertThat(send("/api/v1/region", "Wmo-Actor", "region").statusCode()).isEqualTo(200);
    assertThat(send("/api/v1/region", "Wmo-Actor", "nobody").statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> send(String path, String header, String value) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(service.url() + path)).timeout(Duration.ofSeconds(20))
        .header(header, value).build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void the_stop_hook_stops_http_then_closes_the_pool_and_the_database_opens_again() throws SQLException {
    service = ExampleService.start(config, CLOCK);
    int port = service.port();
    int cases = service.seeded().get().cases();
    DataSource pool = service.dataSource();

    service.stop();

    assertThat(((HikariDataSource) pool).isClosed()).isTrue();
    assertThatThrownBy(() -> HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
        HttpResponse.BodyHandlers.ofString())).hasCauseInstanceOf(ConnectException.class);
    service.stop();   // a second stop (hook after an explicit stop) does nothing

    try (Connection c = DriverManager.getConnection(config.dbUrl());
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM wmo_indication")) {
      rs.next();
      assertThat(rs.getInt(1)).as("everything written is there after a clean stop").isEqualTo(cases);
    }
  }

  @Test
  void health_answers_down_when_the_database_does_not_answer() throws IOException {
    service = ExampleService.start(config, CLOCK);
    ((HikariDataSource) service.dataSource()).close();

    HttpResponse<String> health = get("/health", null);
    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(JSON.readTree(health.body()).path("status").asText()).isEqualTo("DOWN");
  }

  @Test
  void a_taken_port_fails_the_start_and_the_running_service_keeps_serving() {
    service = ExampleService.start(config, CLOCK);
    ServiceConfig samePort = config.withDatabase(config.dbUrl().replace("/wmo-kader", "/other")).withHttpPort(service.port());
    assertThatThrownBy(() -> ExampleService.start(samePort, CLOCK)).isInstanceOf(RuntimeException.class);
    assertThat(get("/health", null).statusCode()).as("the first one still serves").isEqualTo(200);
  }

  private HttpResponse<String> get(String path, String actor) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url() + path)).timeout(Duration.ofSeconds(20));
    if (actor != null) {
      request.header("Authorization", "Bearer " + DevelopmentTokens.inFile(dataDirectory.resolve("key.json"))
          .issue(ActorHeader.parse(actor).get(), "tester", Duration.ofMinutes(5), Clock.systemUTC()));
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private int count(String table) {
    try (Connection c = service.dataSource().getConnection();
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String capturingStandardError(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
