package nl.wmokader.examples.bench;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link ClaimSubmissionBenchmark} through JMH's API, in a forked JVM (smoke: in this one,
 * one iteration, no warm-up) and turns its milliseconds per month into lines per second: the
 * month's line count comes from the same deterministic plan.
 */
final class JmhBench {
  private final BenchOptions options;
  private final PrintStream log;

  JmhBench(BenchOptions options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  List<Result> run() throws Exception {
    int assignments = options.jmhAssignments();
    // Each iteration submits one month (a few thousand lines) to a store issued for it: it takes
    // about ten such iterations before the submission path is compiled.
    int warmups = options.smoke() ? 0 : 10;
    int measurements = options.smoke() ? 1 : 5 * options.runs();
    log.printf("jmh: %,d assignments, month 1, %d warm-up and %d measured iterations%n", assignments, warmups,
        measurements);
    Options jmh = new OptionsBuilder()
        .include(ClaimSubmissionBenchmark.class.getName() + "\\.")
        .param("assignments", String.valueOf(assignments))
        .forks(options.smoke() ? 0 : 1)
        .warmupIterations(warmups)
        .measurementIterations(measurements)
        .shouldFailOnError(true)
        .verbosity(options.smoke() ? VerboseMode.SILENT : VerboseMode.NORMAL)
        .build();
    Collection<RunResult> results = new Runner(jmh).run();
    double projectMillis = score(results, "project");
    double floorMillis = score(results, "floor");
    long lines = RegionYear.plan(RegionYear.Spec.region(assignments)).lines(1);
    double project = lines / (projectMillis / 1e3);
    double floor = lines / (floorMillis / 1e3);
    return List.of(Result.of("a. claims in memory (JMH, one month)", project, floor, "lines/s", "-",
        String.format("%,d assignments, %,d lines; JMH single shot, median of %d iterations%s", assignments, lines,
            measurements, options.smoke() ? ", no fork" : ", 1 fork")));
  }

  /**
   * The median of the measured iterations' times, not JMH's mean: a single shot now and then meets
   * a collection or a compilation, and the other benchmarks report medians too.
   */
  private static double score(Collection<RunResult> results, String method) {
    RunResult result = results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("JMH gave no result for " + method));
    return Stats.median(result.getBenchmarkResults().stream()
        .flatMap(b -> b.getIterationResults().stream())
        .mapToDouble(i -> i.getPrimaryResult().getScore())
        .toArray());
  }
}
