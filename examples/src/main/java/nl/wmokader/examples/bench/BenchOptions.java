package nl.wmokader.examples.bench;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of {@link Benchmarks}. {@code --smoke} sets tiny sizes and one run; any size
 * given explicitly wins over it.
 */
record BenchOptions(boolean smoke, Set<String> only, int assignments, int months, int runs, int claimLines,
    int memoryAssignments, int memoryMonths, int jmhAssignments, Path out, Path jar) {

  /** The benchmark names {@code --only} accepts, in the order they run. */
  static final List<String> NAMES = List.of("region-year", "claim-size", "jmh", "memory", "startup",
      "rest-upload", "iwmo-upload", "read-routes", "figures");

  static final String USAGE = String.join("\n",
      "usage: Benchmarks [--smoke] [--only NAME[,NAME...]] [--assignments N] [--months M] [--runs R]",
      "                  [--claim-lines N] [--memory-assignments N] [--memory-months M] [--jmh-assignments N]",
      "                  [--out FILE] [--jar FILE]",
      "  NAME: " + String.join(", ", NAMES),
      "  defaults: 20000 assignments, 12 months, 3 runs, a 20000-line claim, memory 28000 x 36 (~1M lines),",
      "            jmh 2000 assignments, out examples/target/benchmarks.md, jar examples/target/wmo-kader-examples.jar",
      "  --smoke:  500 assignments, 3 months, 1 run, a 2000-line claim, memory 500 x 6, jmh 200 assignments");

  static BenchOptions parse(String... args) {
    boolean smoke = List.of(args).contains("--smoke");
    Set<String> only = new LinkedHashSet<>(NAMES);
    int assignments = smoke ? 500 : 20_000;
    int months = smoke ? 3 : 12;
    int runs = smoke ? 1 : 3;
    int claimLines = smoke ? 2_000 : 20_000;
    int memoryAssignments = smoke ? 500 : 28_000;
    int memoryMonths = smoke ? 6 : RegionYear.MAX_MONTHS;
    int jmhAssignments = smoke ? 200 : 2_000;
    Path out = Path.of("examples", "target", "benchmarks.md");
    Path jar = Path.of("examples", "target", "wmo-kader-examples.jar");
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--smoke":
          break;
        case "--only":
          only = new LinkedHashSet<>();
          for (String name : value(args, ++i, arg).split(",")) {
            if (!NAMES.contains(name)) {
              throw new IllegalArgumentException("unknown benchmark " + name + "\n" + USAGE);
            }
            only.add(name);
          }
          break;
        case "--assignments":
          assignments = positive(args, ++i, arg);
          break;
        case "--months":
          months = positive(args, ++i, arg);
          break;
        case "--runs":
          runs = positive(args, ++i, arg);
          break;
        case "--claim-lines":
          claimLines = positive(args, ++i, arg);
          break;
        case "--memory-assignments":
          memoryAssignments = positive(args, ++i, arg);
          break;
        case "--memory-months":
          memoryMonths = positive(args, ++i, arg);
          break;
        case "--jmh-assignments":
          jmhAssignments = positive(args, ++i, arg);
          break;
        case "--out":
          out = Path.of(value(args, ++i, arg));
          break;
        case "--jar":
          jar = Path.of(value(args, ++i, arg));
          break;
        default:
          throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
      }
    }
    if (months > RegionYear.MAX_MONTHS || memoryMonths > RegionYear.MAX_MONTHS) {
      throw new IllegalArgumentException("at most " + RegionYear.MAX_MONTHS + " months: the contracts run three years");
    }
    if (claimLines > nl.wmokader.core.settlement.port.in.SubmitClaimUseCase.MAX_LINES || claimLines < 8) {
      throw new IllegalArgumentException("--claim-lines is 8 to 20000, the most one claim may carry");
    }
    return new BenchOptions(smoke, only, assignments, months, runs, claimLines, memoryAssignments, memoryMonths,
        jmhAssignments, out, jar);
  }

  boolean runs(String name) {
    return only.contains(name);
  }

  private static String value(String[] args, int i, String name) {
    if (i >= args.length) {
      throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
    }
    return args[i];
  }

  private static int positive(String[] args, int i, String name) {
    try {
      int n = Integer.parseInt(value(args, i, name).replace("_", ""));
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new IllegalArgumentException(name + " needs a positive whole number\n" + USAGE);
  }
}
