package nl.wmokader.examples.bench;

import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.examples.demo.DemoRegion;
import nl.wmokader.examples.demo.StepClock;

/**
 * (h) The read routes under load: a region-year ({@value #ASSIGNMENTS} assignments, {@value #MONTHS}
 * months of claims; smoke: {@value #SMOKE_ASSIGNMENTS} and 1) behind the REST API, in memory, on H2
 * and on PostgreSQL when {@value JdbcWorld#POSTGRES_URL} names a server. Each route gets
 * {@value #CONNECTIONS} connections in a closed loop ({@link LoadGenerator}) for 15 s (smoke: 1 s),
 * after every route was warmed for 5 s under the same load, against {@link ApiServer#TRIVIAL} of the
 * same server under the same load, measured before and after the routes (the better of the two is
 * the floor): requests per second, p50 and p99, and every answer other than 2xx (a busy database must
 * answer 503, never 500). Beside each route, the same server answering that route's very bytes as a
 * constant ({@link ApiServer#CONSTANT}) under the same load: what sending an answer of that size costs
 * when nothing computes it, which bounds the route's ratio. Settlement and central payment are asked
 * for the month the clock stands in (open: read per request) and for the month before (final: kept).
 */
final class ReadRoutesBench {
  static final int ASSIGNMENTS = 2_000;
  static final int MONTHS = 3;
  static final int SMOKE_ASSIGNMENTS = 100;
  static final int CONNECTIONS = 32;

  private final BenchOptions options;
  private final PrintStream log;

  ReadRoutesBench(BenchOptions options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  /** A route as the load asks it: a GET of {@code path} as {@code actor} (none for the trivial route). */
  record Route(String name, String path, String actor) {
    byte[] request() {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Accept", "application/json");
      if (actor != null) {
        headers.put("Wmo-Actor", actor);
      }
      return RawHttp.request("GET", path, headers, null);
    }
  }

  List<Result> run() throws Exception {
    int assignments = options.smoke() ? SMOKE_ASSIGNMENTS : ASSIGNMENTS;
    int months = options.smoke() ? 1 : MONTHS;
    RegionYear plan = RegionYear.plan(RegionYear.Spec.region(assignments));
    List<Result> rows = new ArrayList<>();

    log.printf("read-routes: in memory, %,d assignments, %d months of claims%n", assignments, months);
    InMemoryWorld memory = InMemoryWorld.issue(plan);
    submit(memory.wmo, memory.clock, memory.world, months);
    rows.addAll(measure("in memory", memory.wmo, null, months));

    try (JdbcWorld h2 = JdbcWorld.h2()) {
      rows.addAll(onDatabase(h2, plan, months));
    }
    Option<JdbcWorld> postgres = JdbcWorld.postgres();
    if (postgres.isEmpty()) {
      log.println("read-routes: PostgreSQL skipped: " + JdbcWorld.POSTGRES_URL + " is not set");
    } else {
      try (JdbcWorld db = postgres.get()) {
        rows.addAll(onDatabase(db, plan, months));
      }
    }
    return rows;
  }

  private List<Result> onDatabase(JdbcWorld db, RegionYear plan, int months) throws Exception {
    log.printf("read-routes: %s, issuing %,d assignments and %d months of claims through the use cases%n", db.name,
        plan.spec().assignments(), months);
    long begin = System.nanoTime();
    db.issue(plan);
    submit(db.wmo, db.clock, db.world, months);
    log.printf("  ready in %.0f s%n", (System.nanoTime() - begin) / 1e9);
    return measure(db.name, db.wmo, db.pool, months);
  }

  private static void submit(WmoKader wmo, StepClock clock, RegionYear.World world, int months) {
    for (int m = 1; m <= months; m++) {
      clock.set(RegionYear.submittedOn(m));
      for (RawClaim c : world.claims(m)) {
        InMemoryWorld.answered(c.draft().flatMap(draft ->
          wmo.settlement().submitClaim().submitClaim(Actor.provider(c.provider()), draft)));
      }
    }
  }

  private List<Result> measure(String backend, WmoKader wmo, javax.sql.DataSource database, int months)
      throws Exception {
    YearMonth settled = YearMonth.from(RegionYear.submittedOn(months));
    String member = DemoRegion.BERNHEZE.value();
    Route trivial = new Route("trivial", ApiServer.TRIVIAL, null);
    List<Route> routes = List.of(
        new Route("GET /region", "/api/v1/region", "region"),
        new Route("GET /settlements/{member}/{month} (open month)", "/api/v1/settlements/" + member + "/" + settled,
            "region"),
        new Route("GET /central-payments/{month} (open month)", "/api/v1/central-payments/" + settled, "region"),
        // the month before: final on the clock's day (the 5th), so its answers are kept between requests
        new Route("GET /settlements/{member}/{month} (final month)",
            "/api/v1/settlements/" + member + "/" + settled.minusMonths(1), "region"),
        new Route("GET /central-payments/{month} (final month)", "/api/v1/central-payments/" + settled.minusMonths(1),
            "region"),
        new Route("GET /claims (first page)", "/api/v1/claims", "region"));
    Duration warmUp = options.smoke() ? Duration.ofMillis(300) : Duration.ofSeconds(5);
    Duration settle = options.smoke() ? Duration.ofMillis(200) : Duration.ofSeconds(2);
    Duration window = options.smoke() ? Duration.ofSeconds(1) : Duration.ofSeconds(15);
    List<Result> rows = new ArrayList<>();
    try (ApiServer server = ApiServer.start(wmo, database)) {
      int port = server.port();
      // Every route warmed under the same load first, so that the first one measured is not the coldest.
      List<Route> constants = new ArrayList<>();
      List<Integer> sizes = new ArrayList<>();
      for (Route r : routes) {
        byte[] body = answersOk(port, r);
        sizes.add(body.length);
        constants.add(new Route(r.name() + " as constant",
            server.constant(String.valueOf(constants.size()), body), null));
        LoadGenerator.run(port, r.request(), CONNECTIONS, Duration.ZERO, warmUp);
      }
      LoadGenerator.run(port, trivial.request(), CONNECTIONS, Duration.ZERO, warmUp);
      LoadGenerator.Load before = load(port, backend, trivial, settle, window);
      List<LoadGenerator.Load> loads = new ArrayList<>();
      List<LoadGenerator.Load> constantLoads = new ArrayList<>();
      for (int i = 0; i < routes.size(); i++) {
        loads.add(load(port, backend, routes.get(i), settle, window));
        constantLoads.add(load(port, backend, constants.get(i), settle, window));
      }
      LoadGenerator.Load probe = null;
      if (database != null) {
        Route probeRoute = new Route("one SELECT 1 per request", ApiServer.PROBE, null);
        LoadGenerator.run(port, probeRoute.request(), CONNECTIONS, Duration.ZERO, warmUp);
        probe = load(port, backend, probeRoute, settle, window);
      }
      LoadGenerator.Load after = load(port, backend, trivial, settle, window);
      // The floor: the better of the trivial route's two loads (before and after the routes).
      LoadGenerator.Load floor = after.perSecond() > before.perSecond() ? after : before;
      if (probe != null) {
        // What a database costs before any query of ours: the bound of a route that reads per request.
        rows.add(Result.of("h. " + backend + ": one SELECT 1 per request (bound)", probe.perSecond(), floor.perSecond(),
            "req/s", "-", String.format(Locale.ROOT, "the trivial answer after one SELECT 1 through the pool; p50 %.1f ms,"
                + " p99 %.1f ms; non-2xx: %s; %d connections, %s after warm-up", probe.p50Millis(), probe.p99Millis(),
                probe.describeNon2xx(), CONNECTIONS, seconds(window))));
      }
      for (int i = 0; i < routes.size(); i++) {
        LoadGenerator.Load load = loads.get(i);
        LoadGenerator.Load constant = constantLoads.get(i);
        rows.add(Result.of("h. " + backend + ": " + routes.get(i).name(), load.perSecond(), floor.perSecond(), "req/s",
            "≥ 0.5×, p99 < 10 ms, no 5xx", String.format(Locale.ROOT,
                "p50 %.1f ms, p99 %.1f ms (trivial %.1f); the same %,d B as a constant: %.2f× trivial, p99 %.1f ms;"
                    + " non-2xx: %s (trivial %s); %d connections, %s after warm-up",
                load.p50Millis(), load.p99Millis(), floor.p99Millis(),
                sizes.get(i), constant.perSecond() / floor.perSecond(),
                constant.p99Millis(), load.describeNon2xx(),
                before.non2xxCount() + after.non2xxCount() == 0 ? "0" : before.describeNon2xx() + " / " + after.describeNon2xx(),
                CONNECTIONS, seconds(window))));
      }
    }
    return rows;
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1e3);
  }

  private LoadGenerator.Load load(int port, String backend, Route route, Duration warmUp, Duration window)
      throws InterruptedException {
    RegionYearBench.settle();
    LoadGenerator.Load load = LoadGenerator.run(port, route.request(), CONNECTIONS, warmUp, window);
    log.printf(Locale.ROOT, "  %s %-34s %,9.0f req/s  p50 %6.2f ms  p99 %7.2f ms  non-2xx %s%n", backend, route.name(),
        load.perSecond(), load.p50Millis(), load.p99Millis(), load.describeNon2xx());
    return load;
  }

  /** One request first, its body returned: a route that does not answer 200 is a fault of the bench, not a result. */
  private static byte[] answersOk(int port, Route route) throws Exception {
    try (RawHttp http = new RawHttp(port)) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      int status = http.exchange(route.request(), body);
      if (status != 200) {
        throw new IllegalStateException(route.name() + " answered " + status + ": " + body.toString(StandardCharsets.UTF_8));
      }
      return body.toByteArray();
    }
  }
}
