package nl.wmokader.examples.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.wmokader.core.settlement.domain.Claim;

/**
 * (e) Claim lines held in memory within a 512 MB heap: a child JVM ({@code -Xmx512m}) issues the
 * region and submits {@code assignments × months} lines (about a million by default) in memory,
 * then reports the heap still live after full collections, or that it ran out. A second child
 * does the same for the floor. Children, so that neither this JVM's heap nor the other side's
 * garbage is counted.
 */
final class MemoryBench {
  static final String HEAP = "-Xmx512m";
  /** Exit status of a child that ran out of heap (it says after how many lines). */
  static final int EXIT_OUT_OF_MEMORY = 3;
  private static final long MB = 1024 * 1024;

  private final BenchOptions options;
  private final PrintStream log;

  MemoryBench(BenchOptions options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  /** A child's report: heap live before the claims and after them, and how many lines were held. */
  record Report(boolean outOfMemory, long baseBytes, long liveBytes, long lines, String text) {
    double bytesPerLine() {
      return lines == 0 ? Double.NaN : (double) (liveBytes - baseBytes) / lines;
    }
  }

  List<Result> run() throws Exception {
    int assignments = options.memoryAssignments();
    int months = options.memoryMonths();
    long planned = (long) assignments * months;
    log.printf("memory: children with %s, %,d assignments × %d months (about %,d lines)%n", HEAP, assignments, months,
        planned);
    Report project = child("project", assignments, months);
    log.println("  project: " + project.text());
    Report floor = child("floor", assignments, months);
    log.println("  floor: " + floor.text());
    String note = String.format("%s; %,d assignments × %d months", HEAP, assignments, months)
        + (project.outOfMemory() ? "; project OUT OF MEMORY: " + project.text() : "");
    List<Result> rows = new ArrayList<>();
    rows.add(Result.of(String.format("e. heap live after %,d lines", Math.max(project.lines(), floor.lines())),
        project.outOfMemory() ? Double.NaN : (double) project.liveBytes() / MB, (double) floor.liveBytes() / MB, "MB",
        "fits in 512 MB", note));
    rows.add(Result.of("e. heap per line held (beyond the region)", project.bytesPerLine(), floor.bytesPerLine(),
        "B/line", "-", project.outOfMemory() ? "project out of memory" : "live after claims − live before, / lines"));
    return rows;
  }

  private Report child(String side, int assignments, int months) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path output = Files.createTempFile("wmo-bench-memory-" + side, ".log");
    try {
      Process process = new ProcessBuilder(java, HEAP, "-cp", System.getProperty("java.class.path"),
          MemoryBench.class.getName(), side, String.valueOf(assignments), String.valueOf(months))
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
      if (!process.waitFor(2, TimeUnit.HOURS)) {
        process.destroyForcibly();
        throw new IllegalStateException("the " + side + " memory child did not finish in two hours");
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      Report report = parse(text);
      if (report == null) {
        throw new IllegalStateException("the " + side + " memory child exited " + process.exitValue()
            + " without a report:\n" + text);
      }
      return report;
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static Report parse(String text) {
    for (String line : text.split("\n")) {
      String[] f = line.trim().split(" ");
      if (f.length == 4 && (f[0].equals("HELD") || f[0].equals("OOM"))) {
        boolean oom = f[0].equals("OOM");
        long base = Long.parseLong(f[1]);
        long live = Long.parseLong(f[2]);
        long lines = Long.parseLong(f[3]);
        String summary = oom
            ? String.format("out of memory after %,d lines (%,d MB live before the claims)", lines, base / MB)
            : String.format("%,d lines, %,d MB live (%,d MB before the claims)", lines, live / MB, base / MB);
        return new Report(oom, base, live, lines, summary);
      }
    }
    return null;
  }

  /**
   * The child: {@code project|floor assignments months}. Prints {@code HELD base live lines} or
   * {@code OOM base -1 lines} and exits 3 on running out of heap. The claims of each month are
   * made just before they are submitted and dropped after, so only what the store keeps stays.
   */
  public static void main(String[] args) {
    String side = args[0];
    RegionYear plan = RegionYear.plan(RegionYear.Spec.region(Integer.parseInt(args[1])));
    int months = Integer.parseInt(args[2]);
    long lines = 0;
    long base = -1;
    try {
      if (side.equals("project")) {
        InMemoryWorld world = InMemoryWorld.issue(plan);
        base = Stats.liveHeapBytes();
        for (int m = 1; m <= months; m++) {
          List<Claim> answers = world.submitMonth(m);
          lines += InMemoryWorld.lines(answers);
          System.err.printf("month %d: %,d lines held%n", m, lines);
        }
        long live = Stats.liveHeapBytes();
        // The store must stay reachable through the collections that measure it.
        Reference.reachabilityFence(world);
        System.out.println("HELD " + base + " " + live + " " + lines);
      } else {
        RegionYear.World world = plan.unissued();
        Floor floor = Floor.of(world);
        base = Stats.liveHeapBytes();
        for (int m = 1; m <= months; m++) {
          for (RawClaim c : world.claims(m)) {
            lines += floor.submit(c, RegionYear.submittedOn(m)).lines().size();
          }
        }
        long live = Stats.liveHeapBytes();
        Reference.reachabilityFence(floor);
        System.out.println("HELD " + base + " " + live + " " + lines);
      }
    } catch (OutOfMemoryError e) {
      System.out.println("OOM " + base + " -1 " + lines);
      System.exit(EXIT_OUT_OF_MEMORY);
    }
  }
}
