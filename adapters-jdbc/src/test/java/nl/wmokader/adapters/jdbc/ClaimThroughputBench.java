package nl.wmokader.adapters.jdbc;

import static nl.wmokader.core.testing.Results.right;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmokader.core.settlement.ClaimGen;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.settlement.port.out.ForwardingClaimRepository;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test (surefire runs it only when asked by name): stores months of claims
 * ({@link ClaimLoad}) through the facade over the JDBC repositories and prints, per month, lines
 * per second end to end and of {@code save} alone, beside the floor in the same run: the same
 * claim-line rows written into a scratch copy of {@code wmo_claim_line} with its indexes (COPY on
 * PostgreSQL, a plain JDBC batch of single-row INSERTs on H2), right after each claim. Then the
 * settlement reads, also with other providers' totals added. On PostgreSQL twice: never analysed,
 * and analysed after every month. "trips" are client round trips per claim ({@link RoundTrips}),
 * HikariCP's validation of a connection idle for 500 ms included.
 *
 * <pre>
 * WMO_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test?user=postgres \
 *   ./mvnw -o -q -pl adapters-jdbc -am verify -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dtest=ClaimThroughputBench -Dwmo.bench.assignments=20000 -Dwmo.bench.months=12 \
 *   -Dwmo.bench.claimSize=10000 -Dwmo.bench.otherProviders=200 \
 *   -Dwmo.bench.databases=postgres,postgres-analyze,h2 -Dwmo.bench.audit=both
 * </pre>
 *
 * {@code -Dwmo.bench.audit=off} runs without an audit trail; {@code both} runs each database with
 * the trail and then without, and prints the ratios.
 *
 * The report goes to {@code adapters-jdbc/target/claim-throughput.txt} (and the test's output).
 */
class ClaimThroughputBench {

  private final int assignments = Integer.getInteger("wmo.bench.assignments", 20_000);
  private final int months = Integer.getInteger("wmo.bench.months", 12);
  private final int claimSize = Integer.getInteger("wmo.bench.claimSize", 10_000);
  private final int otherProviders = Integer.getInteger("wmo.bench.otherProviders", 200);
  private final java.util.List<String> databases =
      Arrays.asList(System.getProperty("wmo.bench.databases", "postgres,postgres-analyze,h2").split(","));

  @Test
  void run() throws Exception {
    Path report = Path.of("target", "claim-throughput.txt");
    try (PrintStream out = new PrintStream(Files.newOutputStream(report), true, "UTF-8")) {
      Tee tee = new Tee(out);
      tee.println("claims: " + assignments + " assignments, " + months + " months, claims of at most " + claimSize
          + " lines; " + Runtime.getRuntime().availableProcessors() + " cores");
      boolean both = "both".equals(System.getProperty("wmo.bench.audit"));
      for (String database : databases) {
        if (!both) {
          run(tee, database, "");
          continue;
        }
        // the trail on, then off, each on a fresh schema: what the audit trail costs, against the
        // floor each claim is measured beside (the machine's load moves both alike)
        System.setProperty("wmo.bench.audit", "on");
        double[] on = run(tee, database, ", audit trail on");
        System.setProperty("wmo.bench.audit", "off");
        double[] off = run(tee, database, ", audit trail off");
        System.setProperty("wmo.bench.audit", "both");
        tee.println(String.format("%s, audit trail on / off: save %.2f, e2e %.2f (per the floor of each run);"
            + " raw lines/s: save %.2f, e2e %.2f", database.trim(), on[0] / off[0], on[1] / off[1], on[2] / off[2],
            on[3] / off[3]));
      }
    }
  }

  /** One database's run; answers save/floor, e2e/floor, save and e2e lines per second over all months. */
  private double[] run(Tee out, String database, String suffix) throws Exception {
    return switch (database.trim()) {
      case "postgres" -> run(out, "PostgreSQL, never analysed" + suffix, TestDatabases.countedPostgres(), true, false);
      case "postgres-analyze" -> run(out, "PostgreSQL, analysed after every month" + suffix,
          TestDatabases.countedPostgres(), true, true);
      case "h2" -> run(out, "H2 in memory" + suffix, h2(), false, false);
      default -> throw new IllegalArgumentException("unknown database " + database);
    };
  }

  private double[] run(Tee out, String title, DataSource db, boolean postgres, boolean analyze) throws Exception {
    out.println("");
    out.println("== " + title);
    createScratch(db, postgres);
    TimedClaims claims = new TimedClaims(new JdbcClaimRepository(db));
    long seed = System.nanoTime();
    ClaimLoad load = new ClaimLoad(db, assignments, claims);
    out.println(String.format("seeded %d assignments in %.1f s", assignments, (System.nanoTime() - seed) / 1e9));
    out.println(String.format("%-8s %7s %6s %9s %9s %9s %7s %7s %6s", "month", "lines", "claims", "e2e l/s",
        "save l/s", "floor r/s", "save/fl", "e2e/fl", "trips"));
    double[] first = new double[2];
    double[] last = new double[2];
    long[] all = new long[4];
    java.util.List<Double> ratios = new ArrayList<>();
    YearMonth month = ClaimLoad.FIRST;
    for (int m = 0; m < months; m++, month = month.plusMonths(1)) {
      List<ClaimLoad.RawClaim> commands = load.claims(month, claimSize);
      long monthSave = 0;
      long trips = 0;
      long nanos = 0;
      long floorNanos = 0;
      long lines = 0;
      for (ClaimLoad.RawClaim command : commands) {
        long before = RoundTrips.onThisThread();
        claims.saveNanos = 0;
        long start = System.nanoTime();
        Claim claim = load.submit(command);
        nanos += System.nanoTime() - start;
        trips += RoundTrips.onThisThread() - before;
        lines += claim.lines().size();
        monthSave += claims.saveNanos;
        // the floor right after, on the same rows: both see the machine alike
        long floorOfClaim = floor(db, postgres, java.util.List.of(claim));
        floorNanos += floorOfClaim;
        if (claim.lines().size() >= 1_000) {
          ratios.add(floorOfClaim / (double) claims.saveNanos);
        }
      }
      double e2e = lines / (nanos / 1e9);
      double save = lines / (monthSave / 1e9);
      double floor = lines / (floorNanos / 1e9);
      out.println(String.format("%-8s %7d %6d %9.0f %9.0f %9.0f %7.2f %7.2f %6s", month, lines, commands.size(), e2e,
          save, floor, save / floor, e2e / floor,
          postgres ? String.format("%.1f", trips / (double) commands.size()) : "-"));
      last = new double[] {nanos / (double) lines, monthSave / (double) lines};
      if (m == 0) {
        first = last;
      }
      all[0] += lines;
      all[1] += nanos;
      all[2] += monthSave;
      all[3] += floorNanos;
      if (analyze) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
          s.execute("ANALYZE");
        }
      }
    }
    out.println(String.format("all months: e2e %.0f l/s, save %.0f l/s, floor %.0f r/s, save/floor %.2f, e2e/floor %.2f",
        all[0] / (all[1] / 1e9), all[0] / (all[2] / 1e9), all[0] / (all[3] / 1e9), all[3] / (double) all[2],
        all[3] / (double) all[1]));
    out.println(String.format("per-line cost, last month / first: e2e %.2f, save %.2f", last[0] / first[0],
        last[1] / first[1]));
    java.util.Collections.sort(ratios);
    if (!ratios.isEmpty()) {
      out.println(String.format("save/floor per claim of 1,000 lines or more: median %.2f (quartiles %.2f, %.2f; %d claims)",
          ratios.get(ratios.size() / 2), ratios.get(ratios.size() / 4), ratios.get(ratios.size() * 3 / 4), ratios.size()));
    }
    settlement(out, load, month.minusMonths(1));
    if (postgres) {
      try (Connection c = db.getConnection(); Statement s = c.createStatement();
           var rs = s.executeQuery("SELECT relname, n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables"
               + " WHERE schemaname = current_schema() AND relname IN ('wmo_claim_ledger', 'wmo_settlement_total')")) {
        while (rs.next()) {
          out.println(String.format("%s: %d updates, %d of them HOT", rs.getString(1), rs.getLong(2), rs.getLong(3)));
        }
      }
    }
    return new double[] {all[3] / (double) all[2], all[3] / (double) all[1], all[0] / (all[2] / 1e9),
        all[0] / (all[1] / 1e9)};
  }

  /**
   * Settlement of the last month's claims (settled the month after): the totals, a member's
   * settlement and the central payment, median of 21. Then the same with the settlement totals of
   * {@code otherProviders} more providers (five members, ten products each, every month of the
   * year): what a settled month holds at a vendor's scale, whatever its number of lines.
   */
  private void settlement(Tee out, ClaimLoad load, YearMonth claimMonth) throws SQLException {
    YearMonth settled = claimMonth.plusMonths(1);
    settlementReads(out, load, settled, "this load's");
    if (otherProviders > 0) {
      java.util.List<Object[]> rows = new ArrayList<>();
      java.util.List<Object[]> sums = new ArrayList<>();
      var members = nl.wmokader.core.region.RegionGen.reference().members().map(m -> m.code().value());
      for (int month = 0; month < 12; month++) {
        for (int p = 0; p < otherProviders; p++) {
          for (String member : members) {
            for (int product = 0; product < 10; product++) {
              rows.add(new Object[] {settled.minusMonths(month).atDay(1), member, String.format("97%06d", p),
                  "GUIDANCE", String.format("02A%02d", product), 1_000L, 100L, 3L});
            }
            // the same ten products added up, as a save keeps them (V12)
            sums.add(new Object[] {settled.minusMonths(month).atDay(1), member, String.format("97%06d", p), 10_000L,
                1_000L, 30L});
          }
        }
      }
      try (Connection c = load.db.getConnection()) {
        c.setAutoCommit(false);
        Jdbc.insertRows(c, "wmo_settlement_total", "settled_month, member, provider, category, product, debits_cents,"
            + " credits_cents, line_count", 8, rows, 500);
        Jdbc.insertRows(c, "wmo_settlement_sum", "settled_month, member, provider, debits_cents, credits_cents,"
            + " line_count", 6, sums, 500);
        c.commit();
      }
      settlementReads(out, load, settled, String.format("with %d more providers' (%d rows a month)", otherProviders,
          rows.size() / 12));
    }
  }

  private static void settlementReads(Tee out, ClaimLoad load, YearMonth settled, String which) {
    JdbcClaimRepository repo = new JdbcClaimRepository(load.db);
    double totals = median(() -> repo.settlementTotals(Option.some(ClaimGen.MEMBER), settled, settled));
    double member = median(() -> right(load.wmo.settlement().getMemberSettlement().getMemberSettlement(Actor.region(),
        ClaimGen.MEMBER, settled)));
    double central = median(() -> right(load.wmo.settlement().getCentralPayment().getCentralPayment(Actor.region(), settled)));
    out.println(String.format("settlement of %s, %s totals: member's totals %.2f ms, member settlement %.2f ms,"
        + " central payment %.2f ms", settled, which, totals, member, central));
  }

  private static double median(Runnable read) {
    double[] ms = new double[21];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      read.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms[ms.length / 2];
  }

  private static void createScratch(DataSource db, boolean postgres) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      if (postgres) {
        s.execute("CREATE TABLE scratch_claim_line (LIKE wmo_claim_line INCLUDING ALL)");
      } else {
        s.execute("CREATE TABLE scratch_claim_line AS SELECT * FROM wmo_claim_line WITH NO DATA");
        s.execute("ALTER TABLE scratch_claim_line ALTER COLUMN claim_id SET NOT NULL");
        s.execute("ALTER TABLE scratch_claim_line ALTER COLUMN position SET NOT NULL");
        s.execute("ALTER TABLE scratch_claim_line ADD PRIMARY KEY (claim_id, position)");
        s.execute("CREATE INDEX scratch_claim_line_ledger ON scratch_claim_line (assignment_id, period_start)");
        s.execute("CREATE UNIQUE INDEX scratch_claim_line_reference ON scratch_claim_line (provider, registered_reference)");
      }
    }
  }

  /** The floor: the same line rows into the scratch table in one transaction; answers the nanoseconds. */
  private static long floor(DataSource db, boolean postgres, java.util.List<Claim> claims) throws SQLException {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      long start;
      if (postgres) {
        CopyText rows = new CopyText(1 << 20);
        claims.forEach(claim -> JdbcClaimRepository.lineRows(rows, claim));
        start = System.nanoTime();
        Postgres.copyIn(c, "COPY scratch_claim_line (" + JdbcClaimRepository.LINE_COLUMNS + ") FROM STDIN",
            rows.bytes(), rows.length());
      } else {
        java.util.List<Object[]> rows = new ArrayList<>();
        for (Claim claim : claims) {
          rows.addAll(JdbcClaimRepository.lineRows(claim));
        }
        start = System.nanoTime();
        Jdbc.batch(c, "INSERT INTO scratch_claim_line (" + JdbcClaimRepository.LINE_COLUMNS + ") VALUES ("
            + Jdbc.placeholders(JdbcClaimRepository.LINE_COLUMN_COUNT) + ")", rows);
      }
      c.commit();
      return System.nanoTime() - start;
    }
  }

  private static DataSource h2() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:wmo-bench-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    config.setMaximumPoolSize(4);
    HikariDataSource ds = new HikariDataSource(config);
    WmoKaderSchema.migrate(ds);
    return ds;
  }

  /** Prints to the report and to standard out. */
  private static final class Tee {
    private final PrintStream file;

    Tee(PrintStream file) {
      this.file = file;
    }

    void println(String line) {
      file.println(line);
      System.out.println(line);
    }
  }

  /** The JDBC store, with the time spent in {@code save} added up. */
  private static final class TimedClaims extends ForwardingClaimRepository {
    long saveNanos;

    TimedClaims(ClaimRepository store) {
      super(store);
    }

    @Override
    public Either<DomainError, Claim> save(Claim claim, Seq<AssignmentLedger> moved) {
      long start = System.nanoTime();
      try {
        return store.save(claim, moved);
      } finally {
        saveNanos += System.nanoTime() - start;
      }
    }
  }
}
