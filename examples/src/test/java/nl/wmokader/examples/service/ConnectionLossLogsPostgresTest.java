package nl.wmokader.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.Unit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * No BSN reaches a log line when the database connection dies in the middle of a claim's lines
 * (issue finding: the pool logged the driver's exception with the statement's values).
 *
 * <p>The example service runs as a process of its own, started as its {@code main} is, so that
 * everything it writes is captured, whichever thread or library writes it and whatever other tests
 * of this JVM did to the logging before: standard error and standard output (slf4j-simple, and
 * java.util.logging's console handler, where pgjdbc logs), with the libraries turned up beyond the
 * service's defaults (HikariCP, Javalin and the service at DEBUG, the driver at FINE, everything
 * else through java.util.logging at ALL, the driver included: its FINEST is a wire trace that prints every
 * bound value, which the service holds back to FINE). Jetty stays at its INFO: its DEBUG dumps
 * request buffers, bodies and all, by design (docs/operations.md, "Logging").
 *
 * <p>The kill lands mid-write for certain, not by timing: another transaction holds, uncommitted,
 * the registration of the claim's last reference, so the {@code COPY} of the claim's lines inserts
 * every row before the last and then waits on that transaction; the test finds exactly that backend
 * ({@code pg_blocking_pids}) and terminates it. All-or-nothing must hold: nothing of the claim is
 * stored.
 *
 * <p>Skipped without {@code WMO_TEST_POSTGRES_URL}, except with {@code CI=true}, where it fails.
 */
class ConnectionLossLogsPostgresTest {
  /** Lines of the claim: thousands of rows written before the kill, a few MB of body. */
  private static final int LINES = 6_000;
  private static final String CLAIM_NUMBER = "KILL0001";
  private static final Pattern READY = Pattern.compile("ready on http://localhost:(\\d+)");
  private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

  @Test
  void a_connection_killed_while_a_claims_lines_are_written_logs_no_bsn_and_stores_nothing() throws Exception {
    String url = postgresUrl();
    String schema = "wmo_logs_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
    execute(url, "CREATE SCHEMA " + schema);
    Path julConfig = Files.createTempFile("wmo-jul", ".properties");
    Path keyDirectory = Files.createTempDirectory("wmo-kill-test");
    Process service = null;
    Output output = null;
    try {
      Files.writeString(julConfig, String.join("\n",
          "handlers=java.util.logging.ConsoleHandler",
          "java.util.logging.ConsoleHandler.level=ALL",
          ".level=ALL",
          // the driver at its most verbose, its wire trace with every bound value included: the
          // service must hold it at FINE (connections opened, closed and broken)
          "org.postgresql.level=ALL",
          "org.postgresql.core.v3.QueryExecutorImpl.level=FINEST",
          // the JDK's own HTTP and socket internals say nothing about the service: keep them quiet
          "sun.level=INFO", "jdk.level=INFO", "javax.management.level=INFO", "java.level=INFO", ""));
      String serviceUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      // a key of this run's own, in a directory of its own: never one another run or user left behind
      Path key = keyDirectory.resolve("dev-signing-key.json");
      // made here, before the service starts, so that both sign and check with the same key
      DevelopmentTokens.inFile(key);
      service = startService(serviceUrl, julConfig, key);
      output = Output.of(service);
      int port = output.awaitPort();

      ClaimPlan plan;
      Set<String> bsns;
      try (Connection side = DriverManager.getConnection(serviceUrl)) {
        plan = ClaimPlan.of(side, LINES);
        bsns = storedBsns(side, schema);
        assertThat(bsns).containsAll(plan.bsns);
        Map<String, Long> before = rowCounts(side, schema);
        try (Connection blocker = DriverManager.getConnection(serviceUrl)) {
          int blockerPid = holdRegistration(blocker, plan);

          HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
          CompletableFuture<HttpResponse<String>> answer = http.sendAsync(HttpRequest.newBuilder(
                  URI.create("http://localhost:" + port + "/api/v1/claims"))
              .timeout(Duration.ofMinutes(3))
              .header("Content-Type", "application/json")
              .header("Authorization", "Bearer " + providerToken(key, plan.provider))
              .POST(HttpRequest.BodyPublishers.ofString(plan.json())).build(), HttpResponse.BodyHandlers.ofString());

          int copying = awaitBlockedCopy(side, blockerPid, answer);
          try (PreparedStatement kill = side.prepareStatement("SELECT pg_terminate_backend(?)")) {
            kill.setInt(1, copying);
            try (ResultSet rs = kill.executeQuery()) {
              assertThat(rs.next() && rs.getBoolean(1)).as("the claim's backend was terminated").isTrue();
            }
          }
          HttpResponse<String> response = answer.get(2, TimeUnit.MINUTES);
          blocker.rollback();

          assertThat(response.statusCode()).as("the claim failed").isEqualTo(500);
          assertNoBsn("the HTTP answer", response.body(), bsns);
        }
        assertThat(rowCounts(side, schema)).as("nothing of the claim was stored").isEqualTo(before);
        assertThat(count(side, "SELECT count(*) FROM wmo_claim WHERE claim_number = ?", CLAIM_NUMBER)).isZero();
      }

      // After the failure the service still answers, on a fresh connection.
      HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + port + ExampleService.HEALTH_PATH)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);

      // what it wrote is complete once it is gone (its orderly stop on SIGTERM is ExampleServiceTest's)
      service.destroy();
      assertThat(service.waitFor(30, TimeUnit.SECONDS)).as("the service ended").isTrue();
      String logged = output.all();
      // kept for whoever reads the build: what the service wrote, to see what a failure logs
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "connection-loss-service.log"), logged);
      System.out.println("captured " + logged.lines().count() + " log lines of the service ("
          + logged.length() + " characters)");

      // The capture saw the failure, so that it cannot pass on an empty or muted log: the service's
      // own line for the unexpected fault, and the pool's for the connection it threw away.
      assertThat(logged).contains("unexpected nl.wmokader.core.shared.InfrastructureException answering POST /api/v1/claims");
      assertThat(logged).containsPattern("ProxyConnection - wmo-kader - Connection \\S+ marked as broken because of "
          + "SQLSTATE\\(08006\\)");
      assertNoBsn("the service's log", logged, bsns);
    } finally {
      if (service != null && service.isAlive()) {
        service.destroyForcibly();
      }
      Files.deleteIfExists(julConfig);
      Files.deleteIfExists(keyDirectory.resolve("dev-signing-key.json"));
      Files.deleteIfExists(keyDirectory);
      execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  /**
   * Every BSN the test's data holds: the values of every column named {@code client} or {@code bsn}
   * in the schema (the claim's clients, and the demo's other 300 odd).
   */
  private static Set<String> storedBsns(Connection c, String schema) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name FROM information_schema.columns "
        + "WHERE table_schema = ? AND column_name IN ('client', 'bsn')")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add("SELECT DISTINCT " + rs.getString(2) + "::text FROM " + rs.getString(1));
        }
      }
    }
    assertThat(columns).as("columns holding BSNs").isNotEmpty();
    Set<String> bsns = new LinkedHashSet<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(String.join(" UNION ", columns))) {
      while (rs.next()) {
        if (rs.getString(1) != null) {
          bsns.add(rs.getString(1).trim());
        }
      }
    }
    return bsns;
  }

  /**
   * None of {@code bsns}, nor any 9-digit number of the test range (9999…) that passes the
   * eleven-test, appears in {@code text}. (Outside the test range a 9-digit number passes the
   * eleven-test one time in eleven: a migration's checksum, a hash code; those are no BSN.)
   */
  static void assertNoBsn(String where, String text, Set<String> bsns) {
    List<String> found = new ArrayList<>();
    for (String bsn : bsns) {
      if (text.contains(bsn)) {
        found.add(bsn);
      }
    }
    Matcher nine = NINE_DIGITS.matcher(text);
    while (nine.find()) {
      if (nine.group().startsWith("9999") && passesElevenTest(nine.group()) && !found.contains(nine.group())) {
        found.add(nine.group());
      }
    }
    if (!found.isEmpty()) {
      fail(where + " holds " + found.size() + " BSN(s), e.g. " + found.get(0) + " in: "
          + excerpt(text, found.get(0)));
    }
  }

  private static String excerpt(String text, String needle) {
    int at = text.indexOf(needle);
    return text.substring(Math.max(0, at - 400), Math.min(text.length(), at + 200));
  }

  /** The eleven-test, written out here so that the test does not trust the code it checks. */
  static boolean passesElevenTest(String nineDigits) {
    int[] weights = {9, 8, 7, 6, 5, 4, 3, 2, -1};
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += weights[i] * (nineDigits.charAt(i) - '0');
    }
    return sum % 11 == 0;
  }

  /** A development token of the service's key for the provider's staff. */
  private static String providerToken(Path key, String agb) {
    return DevelopmentTokens.inFile(key).issue(nl.wmokader.core.shared.Actor.provider(nl.wmokader.core.shared.AgbCode.of(agb)),
        "kill-test", Duration.ofMinutes(30), java.time.Clock.systemUTC());
  }

  private static Process startService(String dbUrl, Path julConfig, Path devKey) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java,
        "-Djava.util.logging.config.file=" + julConfig,
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
        "-Dorg.slf4j.simpleLogger.log.com.zaxxer.hikari=debug",
        "-Dorg.slf4j.simpleLogger.log.io.javalin=debug",
        "-Dorg.slf4j.simpleLogger.log.org.flywaydb=info",
        // Jetty's DEBUG dumps request buffers (bodies included) by design: see the class comment
        "-Dorg.slf4j.simpleLogger.log.org.eclipse.jetty=info",
        "-cp", System.getProperty("java.class.path"),
        ExampleService.class.getName()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("WMO_DB_URL", dbUrl);
    builder.environment().put("WMO_HTTP_PORT", "0");
    builder.environment().put("WMO_RATE_LIMIT", "off");
    builder.environment().put(ServiceConfig.DEV_KEY_FILE, devKey.toString());
    return builder.start();
  }

  /**
   * Begins a transaction on {@code blocker} that registers, uncommitted, the reference of the plan's
   * last line for its provider (under a claim row of its own, as the foreign key wants): the claim's
   * COPY will wait on it at its last row. Answers the blocker's backend pid.
   */
  private static int holdRegistration(Connection blocker, ClaimPlan plan) throws SQLException {
    blocker.setAutoCommit(false);
    UUID claim = UUID.randomUUID();
    LocalDate month = plan.month.atDay(1);
    try (PreparedStatement ps = blocker.prepareStatement("INSERT INTO wmo_claim (id, provider, municipality, "
        + "claim_month, claim_number, submitted_on, line_count, approved_line_count, submitted_total_cents, "
        + "approved_total_cents) VALUES (?, ?, ?, ?, 'BLOCKER', ?, 1, 0, 100, 0)")) {
      ps.setObject(1, claim);
      ps.setString(2, plan.provider);
      ps.setString(3, plan.municipality);
      ps.setObject(4, month);
      ps.setObject(5, month);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = blocker.prepareStatement("INSERT INTO wmo_claim_line (claim_id, position, reference, "
        + "assignment_id, client, category, period_start, period_end, volume, unit, tariff_cents, amount_cents, "
        + "direction, rejections, approved, settled_month, provider, registered_reference) "
        + "VALUES (?, 0, ?, ?, '999900018', 'X', ?, ?, 1, 'X', 100, 100, 'DEBIT', '0000', FALSE, ?, ?, ?)")) {
      ps.setObject(1, claim);
      ps.setString(2, plan.lastReference());
      ps.setObject(3, UUID.randomUUID());
      ps.setObject(4, month);
      ps.setObject(5, month);
      ps.setObject(6, month);
      ps.setString(7, plan.provider);
      ps.setString(8, plan.lastReference());
      ps.executeUpdate();
    }
    try (Statement s = blocker.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** The pid of the backend whose COPY of claim lines waits on {@code blockerPid}: the claim's, mid-write. */
  private static int awaitBlockedCopy(Connection side, int blockerPid, CompletableFuture<?> answer)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    try (PreparedStatement ps = side.prepareStatement("SELECT pid FROM pg_stat_activity "
        + "WHERE ? = ANY(pg_blocking_pids(pid)) AND query LIKE 'COPY wmo_claim_line%'")) {
      ps.setInt(1, blockerPid);
      while (System.nanoTime() < deadline) {
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return rs.getInt(1);
          }
        }
        if (answer.isDone()) {
          fail("the claim was answered before its COPY waited: " + answer.join());
        }
        Thread.sleep(20);
      }
    }
    return fail("the claim's COPY never waited on the held registration");
  }

  /** Rows of every table of the schema: a claim that left nothing behind leaves these as they were. */
  private static Map<String, Long> rowCounts(Connection c, String schema) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    List<String> tables = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
    }
    for (String table : tables) {
      counts.put(table, count(c, "SELECT count(*) FROM " + table));
    }
    // the ledgers' versions and totals move with a stored claim even where no row is added
    counts.put("ledger versions", count(c, "SELECT coalesce(sum(version), 0) FROM wmo_claim_ledger"));
    return counts;
  }

  private static long count(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * A claim of {@code lines} lines by the demo provider with the most assignments, to the member
   * most of them belong to, for last month: lines over its assignments again and again (most will be
   * rejected, which changes nothing: every answered line is stored), each with a reference of its own.
   */
  private record ClaimPlan(String provider, String municipality, YearMonth month, List<String[]> assignments,
                           int lines, Set<String> bsns) {
    static ClaimPlan of(Connection c, int lines) throws SQLException {
      String provider;
      String municipality;
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT provider, responsible, count(*) "
          + "FROM wmo_assignment WHERE product IS NOT NULL AND volume_unit IS NOT NULL "
          + "GROUP BY provider, responsible ORDER BY count(*) DESC, provider, responsible LIMIT 1")) {
        assertThat(rs.next()).as("the demo data holds assignments").isTrue();
        provider = rs.getString(1);
        municipality = rs.getString(2);
      }
      List<String[]> assignments = new ArrayList<>();
      Set<String> bsns = new LinkedHashSet<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id, client, category, product, volume_unit "
          + "FROM wmo_assignment WHERE provider = ? AND responsible = ? AND product IS NOT NULL "
          + "AND volume_unit IS NOT NULL ORDER BY id")) {
        ps.setString(1, provider);
        ps.setString(2, municipality);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            assignments.add(new String[] {rs.getString(1), rs.getString(2).trim(),
                ProductCategory.valueOf(rs.getString(3)).code(), rs.getString(4),
                Unit.valueOf(rs.getString(5)).code()});
            bsns.add(rs.getString(2).trim());
          }
        }
      }
      for (String bsn : bsns) {
        assertThat(passesElevenTest(bsn) && bsn.startsWith("9999")).as("a test-range BSN: " + bsn).isTrue();
      }
      return new ClaimPlan(provider.trim(), municipality.trim(), YearMonth.now(ExampleService.ZONE).minusMonths(1),
          assignments, lines, Set.copyOf(bsns));
    }

    String reference(int line) {
      return String.format("K%07d", line);
    }

    String lastReference() {
      return reference(lines - 1);
    }

    String json() {
      StringBuilder out = new StringBuilder(lines * 330);
      out.append("{\"municipality\":\"").append(municipality).append("\",\"month\":\"").append(month)
          .append("\",\"number\":\"").append(CLAIM_NUMBER).append("\",\"lines\":[");
      for (int i = 0; i < lines; i++) {
        String[] a = assignments.get(i % assignments.size());
        out.append(i == 0 ? "" : ",").append("{\"reference\":\"").append(reference(i))
            .append("\",\"assignment\":\"").append(a[0]).append("\",\"client\":\"").append(a[1])
            .append("\",\"category\":\"").append(a[2]).append("\",\"product\":\"").append(a[3])
            .append("\",\"periodStart\":\"").append(month.atDay(1)).append("\",\"periodEnd\":\"")
            .append(month.atEndOfMonth()).append("\",\"volume\":1,\"unit\":\"").append(a[4])
            .append("\",\"tariffCents\":100,\"amountCents\":100,\"direction\":\"DEBIT\"}");
      }
      return out.append("]}").toString();
    }
  }

  /** Everything the service writes, read as it comes (a full pipe would stall the service). */
  private static final class Output {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Thread reader;

    private Output(InputStream in) {
      reader = new Thread(() -> {
        byte[] buffer = new byte[8192];
        try {
          for (int n; (n = in.read(buffer)) != -1; ) {
            synchronized (bytes) {
              bytes.write(buffer, 0, n);
            }
          }
        } catch (IOException ended) {
          // the process is gone: what it wrote is kept
        }
      }, "service-output");
      reader.setDaemon(true);
      reader.start();
    }

    static Output of(Process process) {
      return new Output(process.getInputStream());
    }

    String soFar() {
      synchronized (bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
      }
    }

    int awaitPort() throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (System.nanoTime() < deadline) {
        Matcher ready = READY.matcher(soFar());
        if (ready.find()) {
          return Integer.parseInt(ready.group(1));
        }
        if (!reader.isAlive()) {
          break;
        }
        Thread.sleep(50);
      }
      return fail("the service did not start:\n" + soFar());
    }

    /** All of it, once the process ended. */
    String all() throws InterruptedException {
      reader.join(TimeUnit.SECONDS.toMillis(10));
      return soFar();
    }
  }

  private static String postgresUrl() {
    String url = System.getenv("WMO_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("WMO_TEST_POSTGRES_URL is not set, and with CI=true the PostgreSQL test may not be skipped");
      }
      Assumptions.abort("WMO_TEST_POSTGRES_URL is not set: the connection-loss log test is skipped");
    }
    return url;
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
