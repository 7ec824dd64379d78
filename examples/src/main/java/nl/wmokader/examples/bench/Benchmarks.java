package nl.wmokader.examples.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs the benchmarks (all, or those {@code --only} names), prints one table and writes it as
 * Markdown ({@code examples/target/benchmarks.md} by default). From the repository's root, after
 * {@code ./mvnw -q -pl examples -am package -DskipTests}:
 *
 * <pre>java -cp examples/target/wmo-kader-examples.jar nl.wmokader.examples.bench.Benchmarks [--smoke]</pre>
 *
 * <p>Exits 0 when every benchmark ran, whatever it measured; 1 on an exception (a refused use
 * case, the project and the floor disagreeing, a child that failed); 2 on a bad command line.
 * docs/performance.md explains each row.
 */
public final class Benchmarks {
  private Benchmarks() {}

  public static void main(String[] args) {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    try {
      run(options, System.out);
    } catch (Exception | Error e) {
      e.printStackTrace();
      System.exit(1);
    }
    // JMH and the thread pools leave nothing that should outlive the run.
    System.exit(0);
  }

  static List<Result> run(BenchOptions options, PrintStream log) throws Exception {
    long begin = System.nanoTime();
    String machine = machine();
    log.println("wmo-kader benchmarks" + (options.smoke() ? " (smoke: tiny sizes, one run, numbers mean nothing)" : ""));
    log.println(machine);
    List<Result> rows = new ArrayList<>();
    if (options.runs("region-year")) {
      rows.addAll(new RegionYearBench(options, log).run());
    }
    if (options.runs("claim-size")) {
      rows.addAll(new ClaimSizeBench(options, log).run());
    }
    if (options.runs("jmh")) {
      rows.addAll(new JmhBench(options, log).run());
    }
    if (options.runs("memory")) {
      rows.addAll(new MemoryBench(options, log).run());
    }
    if (options.runs("startup")) {
      rows.addAll(new StartupBench(options, log).run());
    }
    if (options.runs("rest-upload")) {
      rows.addAll(new RestUploadBench(options, log).run());
    }
    if (options.runs("iwmo-upload")) {
      rows.addAll(new IwmoUploadBench(options, log).run());
    }
    if (options.runs("read-routes")) {
      rows.addAll(new ReadRoutesBench(options, log).run());
    }
    if (options.runs("figures")) {
      rows.addAll(new FiguresBench(options, log).run());
    }
    // By letter (a, b, ...), as docs/performance.md lists them; stable within a letter.
    rows.sort(java.util.Comparator.comparing(r -> r.name().substring(0, 1)));
    Duration took = Duration.ofNanos(System.nanoTime() - begin);
    String table = Result.text(rows);
    log.println();
    log.print(table);
    log.printf("(ratio: project/floor; %d s in all; load average now %s)%n", took.toSeconds(), loadAverage());
    write(options, machine, rows, took);
    log.println("written to " + options.out());
    return rows;
  }

  private static void write(BenchOptions options, String machine, List<Result> rows, Duration took)
      throws IOException {
    String md = "# wmo-kader benchmarks, "
        + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n\n"
        + (options.smoke() ? "**Smoke run: tiny sizes, one run; the numbers mean nothing.**\n\n" : "")
        + "Machine: " + machine + "\n\n"
        + "Options: " + options.only() + ", " + options.assignments() + " assignments, " + options.months()
        + " months, " + options.runs() + " runs; took " + took.toSeconds() + " s; load average at the end "
        + loadAverage() + " (other work on the machine skews every number).\n\n"
        + Result.markdown(rows)
        + "\nratio = project / floor; for a growth row (b), the large case over the small one. "
        + "See docs/performance.md.\n";
    Path out = options.out();
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, md, StandardCharsets.UTF_8);
  }

  /** The 1-, 5- and 15-minute load averages: on 2 cores, anything above ~1 means the run shared them. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  /** Cores, CPU model, memory, JDK and the load when the run began, as the results should be read against. */
  static String machine() {
    String model = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
    String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal")
        .map(kb -> String.format(Locale.ROOT, "%.1f GB", Long.parseLong(kb.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
        .orElse("?");
    return String.format(Locale.ROOT, "%d cores (%s), %s memory, %s %s (%s), %s; max heap %,d MB; load average %s",
        Runtime.getRuntime().availableProcessors(), model, memory, System.getProperty("java.vm.name"),
        System.getProperty("java.version"), System.getProperty("java.vendor"), System.getProperty("os.name"),
        Runtime.getRuntime().maxMemory() / 1024 / 1024, loadAverage());
  }

  private static java.util.Optional<String> firstValue(Path file, String key) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
    } catch (IOException | UncheckedIOException e) {
      return java.util.Optional.empty();
    }
  }
}
