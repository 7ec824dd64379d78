package nl.wmokader.examples.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;

/**
 * (b) Claim size: one provider in Oss holding {@code claimLines} assignments; per month the same
 * lines go in as one claim or as eight claims of an eighth each. After a warm-up month, months
 * run small, big, big, small, so that both sizes meet ledgers of the same average depth; the row
 * is the per-line cost of the big claims over that of the small ones, the median over the runs
 * (after one whole run to warm up, outside smoke mode).
 */
final class ClaimSizeBench {
  private static final int PARTS = 8;

  private final BenchOptions options;
  private final PrintStream log;

  ClaimSizeBench(BenchOptions options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  List<Result> run() {
    int big = options.claimLines();
    int small = big / PARTS;
    RegionYear plan = RegionYear.plan(RegionYear.Spec.oneProvider(big));
    List<double[]> runs = new ArrayList<>();
    // Run 0 warms up (not in the results): each run is only some 50 ms of claims, and the first
    // one's JIT work had put a cold 20,000-line claim against warm small ones.
    for (int r = options.smoke() ? 1 : 0; r <= options.runs(); r++) {
      log.printf("claim-size: run %d of %d%s, one provider with %,d assignments%n", r, options.runs(),
          r == 0 ? " (warm-up)" : "", big);
      InMemoryWorld world = InMemoryWorld.issue(plan);
      Floor floor = Floor.of(world.world);
      int[] months = {1, 2, 3, 4, 5};
      int[] sizes = {small, small, big, big, small};
      long[][] project = new long[months.length][];
      long[][] floors = new long[months.length][];
      for (int i = 0; i < months.length; i++) {
        List<RawClaim> claims = claims(world, months[i], sizes[i]);
        project[i] = submit(world, months[i], claims);
        floors[i] = submit(floor, months[i], claims);
      }
      // month 1 warms up; 2 and 5 are small, 3 and 4 big
      double smallPerLine = perLine(project[1], project[4]);
      double bigPerLine = perLine(project[2], project[3]);
      double floorSmall = perLine(floors[1], floors[4]);
      double floorBig = perLine(floors[2], floors[3]);
      if (r > 0) {
        runs.add(new double[] {bigPerLine, smallPerLine, floorBig, floorSmall});
      }
      log.printf("  %,d-line claim %.1f µs/line, %,d-line claims %.1f µs/line; the floor %.2f and %.2f µs/line%n", big,
          bigPerLine / 1e3, small, smallPerLine / 1e3, floorBig / 1e3, floorSmall / 1e3);
    }
    Result floorRow = Result.withRatio(String.format("b. the floor, %,d-line claim vs %,d-line claims", big, small),
        Stats.median(runs.stream().mapToDouble(x -> x[2] / 1e3).toArray()),
        Stats.median(runs.stream().mapToDouble(x -> x[3] / 1e3).toArray()), "µs/line",
        Stats.median(runs.stream().mapToDouble(x -> x[2] / x[3]).toArray()), "-",
        "the same claims through the floor: what the claim's size costs without the library (a big claim's"
            + " assignments and usage outgrow the caches)");
    return List.of(Result.withRatio(String.format("b. a %,d-line claim vs %,d-line claims, per line", big, small),
        Stats.median(runs.stream().mapToDouble(x -> x[0] / 1e3).toArray()),
        Stats.median(runs.stream().mapToDouble(x -> x[1] / 1e3).toArray()), "µs/line",
        Stats.median(runs.stream().mapToDouble(x -> x[0] / x[1]).toArray()), "≤ 1.2×",
        String.format("floor: %,d-line claims; median of %d", small, runs.size())), floorRow);
  }

  private static double perLine(long[] a, long[] b) {
    return (double) (a[1] + b[1]) / (a[0] + b[0]);
  }

  /**
   * The first {@code claimLines} lines of month {@code month} in claims of {@code size} lines. Lines
   * beyond (the few doubled ones) are left out, so that both sizes carry exactly the same lines.
   */
  private List<RawClaim> claims(InMemoryWorld world, int month, int size) {
    int total = options.claimLines();
    List<ClaimLineInput> lines = new ArrayList<>();
    for (RawClaim c : world.world.claims(month)) {
      lines.addAll(c.lines().toJavaList());
    }
    lines = lines.subList(0, Math.min(total, lines.size()));
    RawClaim template = world.world.claims(month).get(0);
    List<RawClaim> claims = new ArrayList<>();
    for (int from = 0, part = 1; from < lines.size(); from += size, part++) {
      claims.add(new RawClaim(template.provider(), template.municipality(), template.month(),
          (size == total ? "B" : "S") + template.number().substring(1, 5) + "-" + part,
          io.vavr.collection.List.ofAll(lines.subList(from, Math.min(lines.size(), from + size)))));
    }
    return claims;
  }

  /** {@code claims} through the library, on month {@code month}'s submission day: {lines, nanoseconds}. */
  private static long[] submit(InMemoryWorld world, int month, List<RawClaim> claims) {
    world.clock.set(RegionYear.submittedOn(month));
    List<Claim> answers = new ArrayList<>();
    RegionYearBench.settle();
    long begin = System.nanoTime();
    world.submit(claims, answers);
    return new long[] {InMemoryWorld.lines(answers), System.nanoTime() - begin};
  }

  /** The same through the floor. */
  private static long[] submit(Floor floor, int month, List<RawClaim> claims) {
    java.time.LocalDate today = RegionYear.submittedOn(month);
    RegionYearBench.settle();
    long lines = 0;
    long begin = System.nanoTime();
    for (RawClaim c : claims) {
      lines += floor.submit(c, today).lines().size();
    }
    return new long[] {lines, System.nanoTime() - begin};
  }
}
