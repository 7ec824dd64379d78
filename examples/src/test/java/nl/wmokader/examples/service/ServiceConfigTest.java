package nl.wmokader.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceConfigTest {

  @Test
  void without_variables_the_service_uses_the_h2_file_database_under_data_and_port_8080() {
    ServiceConfig config = ServiceConfig.fromEnvironment(Map.of());
    assertThat(config).isEqualTo(ServiceConfig.defaults());
    assertThat(config.dbUrl()).startsWith("jdbc:h2:file:./data/wmo-kader;MODE=PostgreSQL;");
    assertThat(config.dbUser()).isEmpty();
    assertThat(config.dbPassword()).isEmpty();
    assertThat(config.httpPort()).isEqualTo(8080);
  }

  @Test
  void blank_variables_take_their_defaults() {
    assertThat(ServiceConfig.fromEnvironment(Map.of("WMO_DB_URL", " ", "WMO_DB_USER", "", "WMO_HTTP_PORT", "  ")))
        .isEqualTo(ServiceConfig.defaults());
  }

  @Test
  void every_variable_is_read() {
    ServiceConfig config = ServiceConfig.fromEnvironment(Map.of(
        "WMO_DB_URL", "jdbc:postgresql://db.example:5432/wmo",
        "WMO_DB_USER", "wmo",
        "WMO_DB_PASSWORD", " secret ",
        "WMO_HTTP_PORT", " 9090 "));
    assertThat(config).isEqualTo(new ServiceConfig("jdbc:postgresql://db.example:5432/wmo", Option.some("wmo"),
        Option.some(" secret "), 9090));
    assertThat(ServiceConfig.fromEnvironment(Map.of("WMO_HTTP_PORT", "0")).httpPort()).as("any free port").isZero();
    assertThat(ServiceConfig.fromEnvironment(Map.of("WMO_HTTP_PORT", "65535")).httpPort()).isEqualTo(65535);
  }

  @Test
  void the_service_listens_on_the_loopback_interface_unless_told_otherwise() {
    assertThat(ServiceConfig.defaults().httpHost()).isEqualTo("127.0.0.1");
    assertThat(ServiceConfig.fromEnvironment(Map.of()).httpHost()).isEqualTo("127.0.0.1");
    assertThat(ServiceConfig.fromEnvironment(Map.of("WMO_HTTP_HOST", " 0.0.0.0 ")).httpHost()).isEqualTo("0.0.0.0");
    assertThat(ServiceConfig.defaults().withHttpPort(0).withDatabase("jdbc:h2:mem:x").httpHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void requests_per_actor_are_limited_unless_told_otherwise() {
    assertThat(ServiceConfig.defaults().rateLimit()).contains(ServiceConfig.DEFAULT_RATE_LIMIT);
    assertThat(ServiceConfig.fromEnvironment(Map.of("WMO_RATE_LIMIT", "off")).rateLimit()).isEmpty();
    assertThat(ServiceConfig.fromEnvironment(Map.of("WMO_RATE_LIMIT", " 5/10 ")).rateLimit())
        .contains(new nl.wmokader.adapters.rest.RateLimit(5, 10));
    for (String bad : List.of("5", "x/1", "5/0", "0/5", "5/10/1", "-1/5")) {
      assertThatThrownBy(() -> ServiceConfig.fromEnvironment(Map.of("WMO_RATE_LIMIT", bad))).as(bad)
          .isInstanceOf(ServiceConfig.InvalidConfiguration.class).hasMessageContaining("WMO_RATE_LIMIT");
    }
  }

  @Test
  void on_postgresql_the_driver_keeps_values_out_of_its_messages() {
    var postgres = ExampleService.poolConfig(ServiceConfig.defaults().withDatabase("jdbc:postgresql://db:5432/wmo"));
    assertThat(postgres.getDataSourceProperties().getProperty("logServerErrorDetail")).isEqualTo("false");
    assertThat(ExampleService.poolConfig(ServiceConfig.defaults()).getDataSourceProperties()).isEmpty();
  }

  @Test
  void a_url_turning_the_drivers_error_detail_back_on_is_refused_without_echoing_the_url() {
    // pgjdbc lets a URL's parameters override the pool's properties: this one would undo the above
    for (String on : List.of("?logServerErrorDetail=true", "?ssl=false&LOGSERVERERRORDETAIL=True",
        "?logServerErrorDetail=falsey")) {
      String url = "jdbc:postgresql://db:5432/wmo" + on + "&password=s3cret";
      assertThatThrownBy(() -> ServiceConfig.fromEnvironment(Map.of("WMO_DB_URL", url)))
          .as(on)
          .isInstanceOf(ServiceConfig.InvalidConfiguration.class)
          .hasMessageContaining("WMO_DB_URL")
          .hasMessageNotContaining("s3cret");
    }
    for (String off : List.of("jdbc:postgresql://db:5432/wmo?logServerErrorDetail=false",
        "jdbc:postgresql://db:5432/wmo?logServerErrorDetail=false&ssl=true", "jdbc:postgresql://db:5432/wmo")) {
      assertThat(ServiceConfig.fromEnvironment(Map.of("WMO_DB_URL", off)).dbUrl()).isEqualTo(off);
    }
  }

  @Test
  void on_h2_the_trace_file_that_would_quote_statement_values_stays_off() {
    assertThat(ServiceConfig.defaults().dbUrl()).endsWith(";TRACE_LEVEL_FILE=0");
    assertThat(ServiceConfig.fromEnvironment(Map.of("WMO_DB_URL", "jdbc:h2:file:/srv/wmo;MODE=PostgreSQL")).dbUrl())
        .isEqualTo("jdbc:h2:file:/srv/wmo;MODE=PostgreSQL;TRACE_LEVEL_FILE=0");
    assertThat(ServiceConfig.fromEnvironment(Map.of("WMO_DB_URL", "jdbc:h2:mem:x;trace_level_file=0")).dbUrl())
        .isEqualTo("jdbc:h2:mem:x;trace_level_file=0");
    for (String on : List.of(";TRACE_LEVEL_FILE=1", ";trace_level_file=3;MODE=PostgreSQL", ";TRACE_LEVEL_SYSTEM_OUT=2")) {
      assertThatThrownBy(() -> ServiceConfig.fromEnvironment(Map.of("WMO_DB_URL", "jdbc:h2:file:/srv/wmo" + on)))
          .as(on).isInstanceOf(ServiceConfig.InvalidConfiguration.class).hasMessageContaining("trace");
    }
  }

  @Test
  void the_drivers_wire_trace_stays_off_whatever_the_logging_configuration_asks() {
    java.util.logging.Logger driver = java.util.logging.Logger.getLogger("org.postgresql");
    java.util.logging.Logger protocol = java.util.logging.Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
    java.util.logging.Level before = driver.getLevel();
    java.util.logging.Level protocolBefore = protocol.getLevel();
    try {
      driver.setLevel(java.util.logging.Level.FINEST);
      protocol.setLevel(java.util.logging.Level.ALL);
      ExampleService.keepDriverTraceOff();
      // FINEST prints every bound value (FE=> Bind(... $1=<('999900018')> ...)); FINE does not
      assertThat(driver.isLoggable(java.util.logging.Level.FINER)).isFalse();
      assertThat(driver.isLoggable(java.util.logging.Level.FINE)).isTrue();
      assertThat(protocol.isLoggable(java.util.logging.Level.FINER)).isFalse();
    } finally {
      driver.setLevel(before);
      protocol.setLevel(protocolBefore);
    }
  }

  @Test
  void a_port_that_is_no_port_is_refused_naming_the_variable() {
    for (String bad : List.of("abc", "-1", "65536", "80.5", "8080x", "99999999999")) {
      assertThatThrownBy(() -> ServiceConfig.fromEnvironment(Map.of("WMO_HTTP_PORT", bad)))
          .as(bad)
          .isInstanceOf(ServiceConfig.InvalidConfiguration.class)
          .hasMessageContaining("WMO_HTTP_PORT")
          .hasMessageContaining("0 to 65535");
    }
  }

  @Test
  void without_an_issuer_the_service_takes_its_own_development_tokens() {
    assertThat(ServiceConfig.defaults().identity())
        .isEqualTo(new IdentityConfig.Development(ServiceConfig.DEFAULT_DEV_KEY_FILE));
    assertThat(ServiceConfig.fromEnvironment(Map.of("WMO_DEV_KEY_FILE", "/secrets/key.json")).identity())
        .isEqualTo(new IdentityConfig.Development(Path.of("/secrets/key.json")));
  }

  @Test
  void an_issuer_needs_its_audience_and_keys_and_maps_the_claims_configured() throws Exception {
    IdentityConfig oidc = ServiceConfig.fromEnvironment(Map.of("WMO_AUTH_ISSUER", "https://login.example/realms/wmo",
        "WMO_AUTH_AUDIENCE", "wmo-kader", "WMO_AUTH_JWKS_URL", "https://login.example/realms/wmo/certs",
        "WMO_AUTH_CLAIM_ROLE", "realm_access.roles", "WMO_AUTH_CLAIM_PERSON", "preferred_username")).identity();
    assertThat(oidc).isEqualTo(new IdentityConfig.OpenIdConnect("https://login.example/realms/wmo", "wmo-kader",
        java.net.URI.create("https://login.example/realms/wmo/certs").toURL(), null,
        new nl.wmokader.adapters.rest.identity.ClaimMapping("realm_access.roles", "wmo_municipality", "wmo_provider",
            "preferred_username")));
    for (Map<String, String> bad : List.of(
        Map.of("WMO_AUTH_ISSUER", "https://i", "WMO_AUTH_JWKS_URL", "https://i/certs"),
        Map.of("WMO_AUTH_ISSUER", "https://i", "WMO_AUTH_AUDIENCE", "a"),
        Map.of("WMO_AUTH_ISSUER", "https://i", "WMO_AUTH_AUDIENCE", "a", "WMO_AUTH_JWKS_URL", "https://i/c",
            "WMO_AUTH_JWKS_FILE", "/k.json"),
        Map.of("WMO_AUTH_ISSUER", "https://i", "WMO_AUTH_AUDIENCE", "a", "WMO_AUTH_JWKS_URL", "file:/etc/passwd"),
        Map.of("WMO_AUTH_ISSUER", "https://i", "WMO_AUTH_AUDIENCE", "a", "WMO_AUTH_JWKS_FILE", "/k.json",
            "WMO_AUTH_CLAIM_ROLE", "a..b"),
        Map.of("WMO_AUTH_ISSUER", "https://i", "WMO_AUTH_AUDIENCE", "a", "WMO_AUTH_JWKS_FILE", "/k.json",
            "WMO_AUTH_MODE", "development-header"),
        Map.of("WMO_AUTH_MODE", "oidc"), Map.of("WMO_AUTH_MODE", "none"))) {
      assertThatThrownBy(() -> ServiceConfig.fromEnvironment(bad)).as(bad.toString())
          .isInstanceOf(ServiceConfig.InvalidConfiguration.class).hasMessageContaining("WMO_AUTH_");
    }
  }

  @Test
  void the_development_header_is_only_ever_taken_when_asked_for_by_name() {
    assertThat(ServiceConfig.fromEnvironment(Map.of("WMO_AUTH_MODE", "development-header")).identity())
        .isEqualTo(new IdentityConfig.DevelopmentHeader());
    assertThat(ServiceConfig.fromEnvironment(Map.of()).identity()).isNotInstanceOf(IdentityConfig.DevelopmentHeader.class);
  }

  @Test
  void the_description_shows_neither_password_nor_url_details() {
    ServiceConfig config = new ServiceConfig("jdbc:postgresql://db:5432/wmo?password=hunter2", Option.some("wmo"),
        Option.some("hunter2"), 8080);
    assertThat(config.toString()).doesNotContain("hunter2").contains("jdbc:postgresql:").contains("8080");
  }

  @Test
  void main_exits_non_zero_with_a_clear_message_on_an_invalid_port(@TempDir Path workDir)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ExampleService.class.getName())
        .directory(workDir.toFile())
        .redirectErrorStream(true);
    builder.environment().put("WMO_HTTP_PORT", "eighty");
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(ExampleService.EXIT_CONFIGURATION);
    assertThat(output).contains("ERROR").contains("WMO_HTTP_PORT must be a port number").contains("'eighty'");
    assertThat(workDir.resolve("data")).as("no database opened").doesNotExist();
  }
}
