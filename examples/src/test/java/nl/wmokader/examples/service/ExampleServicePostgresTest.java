package nl.wmokader.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service on PostgreSQL, in a schema of its own on the server {@code WMO_TEST_POSTGRES_URL}
 * names (dropped afterwards). Skipped without that variable, except with {@code CI=true}, where a
 * skip would hide a gap and fails instead.
 */
class ExampleServicePostgresTest {
  private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 2).atTime(LocalTime.NOON)
      .atZone(ExampleService.ZONE).toInstant(), ExampleService.ZONE);

  @TempDir
  java.nio.file.Path keys;

  @Test
  void seeds_once_and_serves_on_postgresql() throws SQLException {
    String url = System.getenv("WMO_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("WMO_TEST_POSTGRES_URL is not set, and with CI=true the PostgreSQL test may not be skipped");
      }
      Assumptions.abort("WMO_TEST_POSTGRES_URL is not set: the service's PostgreSQL test is skipped");
    }
    String schema = "wmo_examples_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
    execute(url, "CREATE SCHEMA " + schema);
    ServiceConfig config = ServiceConfig.defaults()
        .withDatabase(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema)
        .withHttpPort(0)
        // a signing key of this test's own: never one in the working directory
        .withIdentity(new IdentityConfig.Development(keys.resolve("key.json")));
    try {
      int cases;
      try (ExampleService first = ExampleService.start(config, CLOCK)) {
        cases = first.seeded().get().cases();
        assertThat(cases).isGreaterThan(300);
        assertThat(first.seeded().get().assignments()).isPositive();
      }
      try (ExampleService second = ExampleService.start(config, CLOCK)) {
        assertThat(second.seeded()).isEmpty();
      }
    } finally {
      execute(url, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
