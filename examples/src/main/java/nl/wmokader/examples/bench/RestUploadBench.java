package nl.wmokader.examples.bench;

import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.examples.demo.StepClock;

/**
 * (g) Claims uploaded end to end over HTTP: one provider in Oss holding {@code claimLines}
 * assignments sends each month's lines as one claim, {@code POST /api/v1/claims} on one keep-alive
 * connection, and the time runs from sending the body to the last byte of the answer (JSON in,
 * validated, stored, the answered claim out). After warm-up months (in memory 4, on a database 1),
 * each measured month (5; on a database 3, as each takes far longer) is timed on its own; rows
 * hold medians over the months.
 * <ul>
 *   <li>in memory ({@code InMemoryAdapters}): against Jackson parsing the same body into a tree, in
 *       the same run (the least any JSON API must do with it);</li>
 *   <li>on PostgreSQL, when {@value JdbcWorld#POSTGRES_URL} names a server: against {@code COPY}
 *       of the same rows into a scratch copy of the indexed claim line table ({@link PgCopyFloor}).
 *       Issuing the assignments through the use cases on PostgreSQL takes minutes at full size.</li>
 * </ul>
 */
final class RestUploadBench {
  private final BenchOptions options;
  private final PrintStream log;

  RestUploadBench(BenchOptions options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  /** How long one upload may take: minutes on a slow database, never forever. */
  private static final int UPLOAD_TIMEOUT_MILLIS = 15 * 60_000;

  /** Months uploaded before the measured ones: in memory, enough for the JIT to settle. */
  private int warmUpMonths(boolean database) {
    return options.smoke() || database ? 1 : 4;
  }

  /** Measured months: on a database each takes far longer (and its ledgers grow), so fewer. */
  private int measuredMonths(boolean database) {
    return options.smoke() ? 2 : database ? 3 : 5;
  }

  /** One month's upload: lines, the upload's and the floor's nanoseconds. */
  private record Month(int lines, long uploadNanos, long floorNanos) {
    double uploadPerSecond() {
      return Stats.perSecond(lines, uploadNanos);
    }

    double floorPerSecond() {
      return Stats.perSecond(lines, floorNanos);
    }
  }

  List<Result> run() throws Exception {
    int lines = options.claimLines();
    RegionYear plan = RegionYear.plan(RegionYear.Spec.oneProvider(lines));
    List<Result> rows = new ArrayList<>();
    log.printf("rest-upload: in memory, one provider with %,d assignments%n", lines);
    InMemoryWorld memory = InMemoryWorld.issue(plan);
    JacksonFloor jackson = new JacksonFloor();
    List<Month> months = upload(false, memory.wmo, memory.clock, memory.world, (body, answer) -> {
      long begin = System.nanoTime();
      int parsed = jackson.lines(body);
      long nanos = System.nanoTime() - begin;
      if (parsed != lines) {
        throw new IllegalStateException("Jackson read " + parsed + " lines, not " + lines);
      }
      return nanos;
    });
    rows.add(row(false, String.format("g. REST upload in memory, %,d-line claims", lines), months, "≥ 100,000 lines/s",
        "floor: Jackson parsing the same body into a tree"));

    Option<JdbcWorld> postgres = JdbcWorld.postgres();
    if (postgres.isEmpty()) {
      log.println("rest-upload: PostgreSQL skipped: " + JdbcWorld.POSTGRES_URL + " is not set");
      return rows;
    }
    try (JdbcWorld db = postgres.get()) {
      log.printf("rest-upload: PostgreSQL, issuing %,d assignments through the use cases%n", lines);
      long begin = System.nanoTime();
      db.issue(plan);
      log.printf("  issued in %.0f s%n", (System.nanoTime() - begin) / 1e9);
      try (PgCopyFloor copy = new PgCopyFloor(db.connection(), db.schema)) {
        List<Month> stored = upload(true, db.wmo, db.clock, db.world, (body, answer) -> {
          byte[] rows0 = copy.rowsOf(claimId(answer));
          long start = System.nanoTime();
          long copied = copy.copy(rows0);
          long nanos = System.nanoTime() - start;
          if (copied != lines) {
            throw new IllegalStateException("COPY stored " + copied + " lines, not " + lines);
          }
          return nanos;
        });
        rows.add(row(true, String.format("g. REST upload on PostgreSQL, %,d-line claims", lines), stored, "≥ 0.5×",
            "floor: COPY of the same rows into a temporary copy of wmo_claim_line (indexes included)"));
      }
    }
    return rows;
  }

  /** What the floor does with one month's body and answer; answers its nanoseconds. */
  @FunctionalInterface
  private interface FloorStep {
    long time(byte[] body, String answer) throws Exception;
  }

  private List<Month> upload(boolean database, WmoKader wmo, StepClock clock, RegionYear.World world, FloorStep floor)
      throws Exception {
    int lines = options.claimLines();
    int warmUp = warmUpMonths(database);
    List<Month> measured = new ArrayList<>();
    try (ApiServer server = ApiServer.start(wmo); RawHttp http = new RawHttp(server.port(), UPLOAD_TIMEOUT_MILLIS)) {
      int last = warmUp + measuredMonths(database);
      for (int m = 1; m <= last; m++) {
        RawClaim claim = claim(world, m, lines);
        byte[] request = RawHttp.request("POST", "/api/v1/claims", Map.of("Content-Type", "application/json",
            "Wmo-Actor", "provider:" + claim.provider().value()), ClaimJson.body(claim));
        clock.set(RegionYear.submittedOn(m));
        ByteArrayOutputStream answer = new ByteArrayOutputStream(16 << 20);
        RegionYearBench.settle();
        long begin = System.nanoTime();
        int status = http.exchange(request, answer);
        long uploadNanos = System.nanoTime() - begin;
        String body = answer.toString(StandardCharsets.UTF_8);
        if (status != 201 || !body.contains("\"lineCount\":" + lines + ",")) {
          throw new IllegalStateException("month " + m + ": the upload answered " + status + ": "
              + body.substring(0, Math.min(body.length(), 600)));
        }
        byte[] sent = ClaimJson.body(claim);
        RegionYearBench.settle();
        long floorNanos = floor.time(sent, body);
        Month month = new Month(lines, uploadNanos, floorNanos);
        log.printf("  month %d%s: upload %,.0f lines/s (%.0f ms, %.1f MB in, %.1f MB out), floor %,.0f lines/s%n", m,
            m <= warmUp ? " (warm-up)" : "", month.uploadPerSecond(), uploadNanos / 1e6, sent.length / 1e6,
            answer.size() / 1e6, month.floorPerSecond());
        if (m > warmUp) {
          measured.add(month);
        }
      }
    }
    return measured;
  }

  /** Month {@code month}'s first {@code lines} lines as one claim (the few doubled lines beyond are left out). */
  static RawClaim claim(RegionYear.World world, int month, int lines) {
    List<RawClaim> claims = world.claims(month);
    List<ClaimLineInput> all = new ArrayList<>();
    for (RawClaim c : claims) {
      all.addAll(c.lines().toJavaList());
    }
    if (all.size() < lines) {
      throw new IllegalStateException("month " + month + " has only " + all.size() + " lines");
    }
    RawClaim first = claims.get(0);
    return new RawClaim(first.provider(), first.municipality(), first.month(),
        "U" + first.number().substring(1, 5), io.vavr.collection.List.ofAll(all.subList(0, lines)));
  }

  /** The {@code id} of an answered claim: its first member. */
  private static String claimId(String answer) {
    String prefix = "{\"id\":\"";
    if (!answer.startsWith(prefix)) {
      throw new IllegalStateException("an answered claim begins with its id");
    }
    return answer.substring(prefix.length(), answer.indexOf('"', prefix.length()));
  }

  private Result row(boolean database, String name, List<Month> months, String target, String floor) {
    return Result.withRatio(name, Stats.median(months.stream().mapToDouble(Month::uploadPerSecond).toArray()),
        Stats.median(months.stream().mapToDouble(Month::floorPerSecond).toArray()), "lines/s",
        Stats.median(months.stream().mapToDouble(x -> x.uploadPerSecond() / x.floorPerSecond()).toArray()), target,
        floor + "; one connection; median of " + months.size() + " months after " + warmUpMonths(database) + " warm-up");
  }
}
