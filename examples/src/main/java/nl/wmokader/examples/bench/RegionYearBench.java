package nl.wmokader.examples.bench;

import java.io.PrintStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.wmokader.core.settlement.domain.CentralPayment;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.examples.demo.DemoRegion;
import nl.wmokader.examples.demo.TestRangeBsns;

/**
 * The region-year in memory, {@code runs} times on a fresh facade each (after one small warm-up
 * year), and per run:
 * <ul>
 *   <li>(a) every month's claims submitted through {@code submitClaim}, one thread, against the
 *       floor answering the same commands: lines per second;</li>
 *   <li>(d) what that allocated per line, on the submitting thread, against the floor's;</li>
 *   <li>(b) the per-line cost of the last month against the first, of the same assignments; the
 *       time per assignment of the last quarter issued against the first quarter; and, on the
 *       months after the year, two threads (each taking the next provider's claims from one queue) against one;</li>
 *   <li>(c) the last settlement month: every member's settlement and the central payment,
 *       against the floor summing what it kept; the sums must agree.</li>
 * </ul>
 * Rows hold medians over the runs; ratios are the medians of each run's ratio.
 */
final class RegionYearBench {
  /** Repetitions of the settlement reads within a run: they change nothing, so they can repeat. */
  private static final int SETTLEMENT_REPEATS = 5;
  /**
   * Months after the claimed ones for the thread comparison: one to warm up, then threads
   * 1-2-2-1 four times. A month on two threads lasts some 40 ms; sixteen of them, drift cancelled
   * by the order, make the ratio less a matter of one collection or compilation.
   */
  private static final int[] THREAD_PLAN = {1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1};
  private static final int THREAD_MONTHS = 1 + THREAD_PLAN.length;

  private final BenchOptions options;
  private final PrintStream log;

  RegionYearBench(BenchOptions options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  /** What one run measured. */
  private record Run(double projectLinesPerSecond, double floorLinesPerSecond, double noTrailLinesPerSecond, long lines, long approved,
      double projectBytesPerLine, double floorBytesPerLine, double firstMonthNanosPerLine,
      double lastMonthNanosPerLine, double firstQuarterMillis, double lastQuarterMillis, double firstNewMillis,
      double lastNewMillis, double projectSettleMillis,
      double floorSettleMillis, double oneThreadLinesPerSecond, double twoThreadLinesPerSecond,
      double floorOneThreadLinesPerSecond, double floorTwoThreadLinesPerSecond) {}

  /** One provider's claims of a month, answered on the calling thread; answers the lines. */
  @FunctionalInterface
  private interface ProviderWork {
    long submit(List<RawClaim> providerClaims, java.time.LocalDate today) throws Exception;
  }

  List<Result> run() throws Exception {
    int months = options.months();
    RegionYear plan = RegionYear.plan(RegionYear.Spec.region(options.assignments()));
    if (!options.smoke()) {
      log.println("region-year: warm-up on 2,000 assignments, 3 months");
      once(RegionYear.plan(RegionYear.Spec.region(Math.min(2_000, options.assignments()))), Math.min(3, months));
    }
    List<Run> runs = new ArrayList<>();
    for (int r = 1; r <= options.runs(); r++) {
      log.printf("region-year: run %d of %d, %,d assignments, %d months%n", r, options.runs(), options.assignments(),
          months);
      Run run = once(plan, months);
      runs.add(run);
      log.printf("  project %,.0f lines/s, floor %,.0f lines/s (%,d lines, %,d approved by both)%n",
          run.projectLinesPerSecond(), run.floorLinesPerSecond(), run.lines(), run.approved());
    }
    String size = String.format("%,d assignments, %d months, %,d lines; median of %d", options.assignments(), months,
        runs.get(0).lines(), runs.size());
    List<Result> rows = new ArrayList<>();
    rows.add(Result.withRatio("a. claims in memory (region-year)", median(runs, Run::projectLinesPerSecond),
        median(runs, Run::floorLinesPerSecond), "lines/s",
        median(runs, x -> x.projectLinesPerSecond() / x.floorLinesPerSecond()), "-", size));
    rows.add(Result.withRatio("a. audit trail on vs off (the same claims)", median(runs, Run::projectLinesPerSecond),
        median(runs, Run::noTrailLinesPerSecond), "lines/s",
        median(runs, x -> x.projectLinesPerSecond() / x.noTrailLinesPerSecond()), "≥ 0.8×",
        "floor: the project with a trail that keeps nothing, same run"));
    rows.add(Result.withRatio("b. month " + months + " vs month 1, per line", median(runs, Run::lastMonthNanosPerLine),
        median(runs, Run::firstMonthNanosPerLine), "µs/line",
        median(runs, x -> x.lastMonthNanosPerLine() / x.firstMonthNanosPerLine()), "≤ 1.2×", "floor: month 1")
        .scaled(1e-3));
    int quarter = options.assignments() / 4;
    rows.add(Result.withRatio(String.format("b. issue: last %,d vs first %,d", quarter, quarter),
        median(runs, Run::lastQuarterMillis), median(runs, Run::firstQuarterMillis), "ms/assignment",
        median(runs, x -> x.lastQuarterMillis() / x.firstQuarterMillis()), "≤ 1.2×",
        "floor: first quarter; of " + String.format("%,d", options.assignments())
            + "; the last quarter's clients hold assignments already (the test BSN range is small)"));
    int clients = Math.min(options.assignments(), TestRangeBsns.CAPACITY);
    rows.add(Result.withRatio(String.format("b. issue, clients' first assignments: last %,d vs first %,d", clients / 4,
            clients / 4), median(runs, Run::lastNewMillis), median(runs, Run::firstNewMillis), "ms/assignment",
        median(runs, x -> x.lastNewMillis() / x.firstNewMillis()), "≤ 1.2×",
        "like with like: each client's first assignment (the first " + String.format("%,d", clients)
            + " issued), the last quarter of them against the first"));
    if (months + THREAD_MONTHS <= RegionYear.MAX_MONTHS) {
      rows.add(Result.withRatio("b. 2 threads vs 1 (other providers)", median(runs, Run::twoThreadLinesPerSecond),
          median(runs, Run::oneThreadLinesPerSecond), "lines/s",
          median(runs, x -> x.twoThreadLinesPerSecond() / x.oneThreadLinesPerSecond()), "≥ 1.6×",
          "floor: 1 thread; months " + (months + 2) + "-" + (months + THREAD_MONTHS)));
      rows.add(Result.withRatio("b. the floor, 2 threads vs 1 (the same months)",
          median(runs, Run::floorTwoThreadLinesPerSecond), median(runs, Run::floorOneThreadLinesPerSecond), "lines/s",
          median(runs, x -> x.floorTwoThreadLinesPerSecond() / x.floorOneThreadLinesPerSecond()), "-",
          "the floor with concurrent maps, threads as above: what two cores give this work"));
    }
    rows.add(Result.withRatio("c. settlement of a month (5 members + central)", median(runs, Run::projectSettleMillis),
        median(runs, Run::floorSettleMillis), "ms", median(runs, x -> x.projectSettleMillis() / x.floorSettleMillis()),
        "-", "over " + months + " months of claims"));
    rows.add(Result.withRatio("d. allocation per claim line", median(runs, Run::projectBytesPerLine),
        median(runs, Run::floorBytesPerLine), "B/line", median(runs, x -> x.projectBytesPerLine() / x.floorBytesPerLine()),
        "≤ 2,048 B/line", "submitting thread, " + months + " months"));
    return rows;
  }

  /** Nanoseconds to submit {@code months} of {@code plan}'s claims, one thread, without an audit trail. */
  private static long withoutTrail(RegionYear plan, int months) {
    InMemoryWorld quiet = InMemoryWorld.issueWithoutTrail(plan);
    List<Claim> answers = new ArrayList<>();
    long nanos = 0;
    for (int m = 1; m <= months; m++) {
      List<RawClaim> claims = quiet.world.claims(m);
      quiet.clock.set(RegionYear.submittedOn(m));
      settle();
      long begin = System.nanoTime();
      quiet.submit(claims, answers);
      nanos += System.nanoTime() - begin;
    }
    return nanos;
  }

  private Run once(RegionYear plan, int months) throws Exception {
    InMemoryWorld project = InMemoryWorld.issue(plan);
    Floor floor = Floor.of(project.world);
    List<List<RawClaim>> claims = new ArrayList<>();
    for (int m = 1; m <= months; m++) {
      claims.add(project.world.claims(m));
    }

    // (a), (d) and the month growth: one thread, month by month, each on its submission day.
    List<Claim> answers = new ArrayList<>();
    long[] monthNanos = new long[months];
    long[] monthLines = new long[months];
    long allocated = Stats.allocatedBytes();
    for (int m = 1; m <= months; m++) {
      project.clock.set(RegionYear.submittedOn(m));
      settle();
      int before = answers.size();
      long begin = System.nanoTime();
      project.submit(claims.get(m - 1), answers);
      monthNanos[m - 1] = System.nanoTime() - begin;
      monthLines[m - 1] = InMemoryWorld.lines(answers.subList(before, answers.size()));
    }
    allocated = Stats.allocatedBytes() - allocated;
    StringBuilder perMonth = new StringBuilder("  µs/line by month:");
    for (int m = 0; m < months; m++) {
      perMonth.append(String.format(" %.0f", monthNanos[m] / 1e3 / monthLines[m]));
    }
    log.println(perMonth);
    long projectNanos = sum(monthNanos);
    long lines = sum(monthLines);

    settle();
    List<Floor.Claim> floorAnswers = new ArrayList<>();
    long floorAllocated = Stats.allocatedBytes();
    long floorBegin = System.nanoTime();
    for (int m = 1; m <= months; m++) {
      for (RawClaim c : claims.get(m - 1)) {
        floorAnswers.add(floor.submit(c, RegionYear.submittedOn(m)));
      }
    }
    long floorNanos = System.nanoTime() - floorBegin;
    floorAllocated = Stats.allocatedBytes() - floorAllocated;
    // the same year, untimed, into the floor the thread comparison runs on two threads too
    Floor sharedFloor = Floor.concurrent(project.world);
    for (int m = 1; m <= months; m++) {
      for (RawClaim c : claims.get(m - 1)) {
        sharedFloor.submit(c, RegionYear.submittedOn(m));
      }
    }

    // the same year through a facade whose trail keeps nothing: what the audit trail costs
    long withoutTrail = withoutTrail(plan, months);

    long approved = InMemoryWorld.approved(answers);
    long floorApproved = floorAnswers.stream().mapToLong(Floor.Claim::approved).sum();
    if (approved != floorApproved) {
      throw new IllegalStateException("the project approved " + approved + " lines, the floor " + floorApproved
          + ": the floor no longer makes the same decisions");
    }

    // (c) the last settlement month, read repeatedly.
    YearMonth settled = YearMonth.from(RegionYear.submittedOn(months));
    double[] projectSettle = new double[SETTLEMENT_REPEATS];
    double[] floorSettle = new double[SETTLEMENT_REPEATS];
    for (int i = 0; i < SETTLEMENT_REPEATS; i++) {
      long begin = System.nanoTime();
      long charged = 0;
      for (var member : DemoRegion.MEMBERS) {
        charged += RegionYear.ok("read a member's settlement", project.wmo.settlement().getMemberSettlement()
            .getMemberSettlement(Actor.region(), member.code(), settled)).total().cents();
      }
      CentralPayment central = RegionYear.ok("read the central payment",
          project.wmo.settlement().getCentralPayment().getCentralPayment(Actor.region(), settled));
      projectSettle[i] = Stats.millis(System.nanoTime() - begin);
      begin = System.nanoTime();
      Floor.Sums sums = floor.settle(settled);
      floorSettle[i] = Stats.millis(System.nanoTime() - begin);
      if (charged != sums.total() || central.totalPaid().cents() != sums.total()) {
        throw new IllegalStateException("settlement of " + settled + ": the project charged " + charged + " and paid "
            + central.totalPaid().cents() + " cents, the floor summed " + sums.total());
      }
    }

    // (b) issuing: the first quarter against the last.
    long[] issued = project.world.issueNanos();
    int quarter = Math.max(1, issued.length / 4);
    double firstQuarter = Stats.millis(sum(issued, 0, quarter)) / quarter;
    double lastQuarter = Stats.millis(sum(issued, issued.length - quarter, issued.length)) / quarter;
    // like with like: the plan gives client i % clients the i-th assignment, so the first `clients`
    // issued are every client's first; their quarters differ only in how much was issued before
    int clients = Math.min(issued.length, TestRangeBsns.CAPACITY);
    int newQuarter = Math.max(1, clients / 4);
    double firstNew = Stats.millis(sum(issued, 0, newQuarter)) / newQuarter;
    double lastNew = Stats.millis(sum(issued, clients - newQuarter, clients)) / newQuarter;

    // (b) threads, on the months after the claimed ones: warm-up, then THREAD_PLAN.
    double one = Double.NaN;
    double two = Double.NaN;
    double floorOne = Double.NaN;
    double floorTwo = Double.NaN;
    if (months + THREAD_MONTHS <= RegionYear.MAX_MONTHS) {
      ProviderWork projectWork = (providerClaims, today) -> {
        List<Claim> answered = new ArrayList<>();
        project.submit(providerClaims, answered);
        return InMemoryWorld.lines(answered);
      };
      ProviderWork floorWork = (providerClaims, today) -> {
        long n = 0;
        for (RawClaim c : providerClaims) {
          n += sharedFloor.submit(c, today).lines().size();
        }
        return n;
      };
      threads(project, projectWork, months + 1, 1);
      threads(project, floorWork, months + 1, 1);
      long[][] sums = new long[3][3];
      long[][] floorSums = new long[3][3];
      StringBuilder each = new StringBuilder();
      for (int i = 0; i < THREAD_PLAN.length; i++) {
        long[] month = threads(project, projectWork, months + 2 + i, THREAD_PLAN[i]);
        long[] floorMonth = threads(project, floorWork, months + 2 + i, THREAD_PLAN[i]);
        for (int k = 0; k < 3; k++) {
          sums[THREAD_PLAN[i]][k] += month[k];
          floorSums[THREAD_PLAN[i]][k] += floorMonth[k];
        }
        each.append(String.format(" %.1f", month[1] / 1e3 / month[0]));
      }
      log.printf("  µs/line (wall) on %s threads:%s%n", java.util.Arrays.toString(THREAD_PLAN), each);
      // what stopped both threads: the collections' share of the wall time, one thread against two
      log.printf("  collections: %.0f%% of the one-thread months, %.0f%% of the two-thread months%n",
          100.0 * sums[1][2] / sums[1][1], 100.0 * sums[2][2] / sums[2][1]);
      one = Stats.perSecond(sums[1][0], sums[1][1]);
      two = Stats.perSecond(sums[2][0], sums[2][1]);
      floorOne = Stats.perSecond(floorSums[1][0], floorSums[1][1]);
      floorTwo = Stats.perSecond(floorSums[2][0], floorSums[2][1]);
      log.printf("  2 threads vs 1: project %.2f×, floor %.2f×%n", two / one, floorTwo / floorOne);
    }

    return new Run(Stats.perSecond(lines, projectNanos), Stats.perSecond(lines, floorNanos),
        Stats.perSecond(lines, withoutTrail), lines, approved,
        (double) allocated / lines, (double) floorAllocated / lines,
        (double) monthNanos[0] / monthLines[0], (double) monthNanos[months - 1] / monthLines[months - 1],
        firstQuarter, lastQuarter, firstNew, lastNew, Stats.median(projectSettle), Stats.median(floorSettle), one, two, floorOne, floorTwo);
  }

  /**
   * Submits month {@code month} on {@code threads} threads, each taking the next provider's claims
   * from one queue until none are left (so no two threads share a provider, nor an assignment, and
   * neither waits idle while the other has a fixed share left); answers {lines, wall-clock
   * nanoseconds, nanoseconds the collectors reported in between}.
   */
  private static long[] threads(InMemoryWorld project, ProviderWork work, int month, int threads) throws Exception {
    List<RawClaim> claims = project.world.claims(month);
    java.time.LocalDate today = RegionYear.submittedOn(month);
    project.clock.set(today);
    java.util.Map<String, List<RawClaim>> byProvider = new java.util.LinkedHashMap<>();
    for (RawClaim c : claims) {
      byProvider.computeIfAbsent(c.provider().value(), p -> new ArrayList<>()).add(c);
    }
    java.util.Queue<List<RawClaim>> providers =
        new java.util.concurrent.ConcurrentLinkedQueue<>(byProvider.values());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      settle();
      long gcBefore = collectionMillis();
      long begin = System.nanoTime();
      List<Future<Long>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          long lines = 0;
          for (List<RawClaim> next = providers.poll(); next != null; next = providers.poll()) {
            lines += work.submit(next, today);
          }
          return lines;
        }));
      }
      long lines = 0;
      for (Future<Long> f : futures) {
        lines += f.get();
      }
      long wall = System.nanoTime() - begin;
      return new long[] {lines, wall, (collectionMillis() - gcBefore) * 1_000_000};
    } finally {
      pool.shutdownNow();
    }
  }

  /** The collectors' accumulated time, as they report it. */
  private static long collectionMillis() {
    long millis = 0;
    for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, gc.getCollectionTime());
    }
    return millis;
  }

  /**
   * A full collection before each timed month, outside its time: as between two monthly batches,
   * a month pays for its own garbage only, not for the months before it. Allocation is counted
   * per thread and is not affected.
   */
  static void settle() {
    System.gc();
  }

  private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
    return Stats.median(runs.stream().mapToDouble(value).toArray());
  }

  private static long sum(long[] values) {
    return sum(values, 0, values.length);
  }

  private static long sum(long[] values, int from, int to) {
    long sum = 0;
    for (int i = from; i < to; i++) {
      sum += values[i];
    }
    return sum;
  }
}
