package nl.wmokader.examples.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.wmokader.adapters.jdbc.JdbcRegionRepository;
import nl.wmokader.adapters.jdbc.WmoKaderSchema;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.examples.demo.DemoRegion;
import nl.wmokader.examples.demo.StepClock;
import nl.wmokader.examples.service.ExampleService;
import nl.wmokader.examples.service.ServiceConfig;

/**
 * (f) The example service's start: from launching it as the Quick start does ({@code java
 * @wmo-kader-examples.args}, the argument file the build wrote beside the jar: its class-data
 * archive, the JIT settings and {@code -jar}) in an empty directory (its H2 database under {@code
 * ./data}) to the first 200 on {@code /health}, the first start (which seeds the demo) and a
 * restart on the seeded database; against launching {@link HealthFloor} from the same jar, the
 * same way; and, beside them, both with plain {@code java -jar}. Medians over the runs.
 *
 * <p>Smoke mode skips the first start and the plain {@code java -jar} rows, to stay short: it starts
 * the service once on a database that holds only a region (so nothing is seeded) and reports that
 * as the restart.
 */
final class StartupBench {
  private static final Duration START_LIMIT = Duration.ofMinutes(5);

  private final BenchOptions options;
  private final PrintStream log;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  StartupBench(BenchOptions options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  List<Result> run() throws Exception {
    Path jar = options.jar().toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no " + jar + ": build it first (./mvnw -q -pl examples -am package "
          + "-DskipTests), or name it with --jar");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // As the Quick start launches it: the argument file the build wrote beside the jar (the
    // class-data archive and the JIT settings, then -jar), else plain java -jar.
    String name = jar.getFileName().toString().replaceAll("\\.jar$", "");
    Path arguments = jar.resolveSibling(name + ".args");
    boolean archived = Files.isRegularFile(arguments) && Files.isRegularFile(jar.resolveSibling(name + ".jsa"));
    List<String> service = archived ? List.of(java, "@" + arguments) : List.of(java, "-jar", jar.toString());
    List<String> plain = List.of(java, "-jar", jar.toString());
    List<String> floor = List.of(java, "-cp", jar.toString(), HealthFloor.class.getName());
    List<Double> firsts = new ArrayList<>();
    List<Double> restarts = new ArrayList<>();
    List<Double> plainFirsts = new ArrayList<>();
    List<Double> plainRestarts = new ArrayList<>();
    List<Double> floors = new ArrayList<>();
    for (int r = 1; r <= options.runs(); r++) {
      Path dir = Files.createTempDirectory("wmo-bench-start");
      Path plainDir = Files.createTempDirectory("wmo-bench-start-plain");
      try {
        if (options.smoke()) {
          regionOnly(dir);
        } else {
          firsts.add(launch(service, dir));
          if (archived) {
            plainFirsts.add(launch(plain, plainDir));
          }
        }
        restarts.add(launch(service, dir));
        if (archived && !options.smoke()) {
          plainRestarts.add(launch(plain, plainDir));
        }
        floors.add(launch(floor, dir));
        log.printf("startup: run %d of %d: first %s ms, restart %.0f ms, floor %.0f ms%s%n", r, options.runs(),
            firsts.isEmpty() ? "-" : String.format("%.0f", firsts.get(firsts.size() - 1)),
            restarts.get(restarts.size() - 1), floors.get(floors.size() - 1),
            plainRestarts.isEmpty() ? "" : String.format("; plain java -jar: first %.0f ms, restart %.0f ms",
                plainFirsts.get(plainFirsts.size() - 1), plainRestarts.get(plainRestarts.size() - 1)));
      } finally {
        delete(dir);
        delete(plainDir);
      }
    }
    double floorMillis = Stats.median(floors);
    String how = archived ? "java @" + arguments.getFileName() + ", as the Quick start has it"
        : "java -jar (no argument file and class-data archive beside the jar)";
    String note = how + "; to the first 200 on /health; floor: HealthFloor from the same jar; median of " + options.runs();
    List<Result> rows = new ArrayList<>();
    rows.add(Result.of("f. service first start (seeds the demo)", firsts.isEmpty() ? Double.NaN : Stats.median(firsts),
        floorMillis, "ms", "< 3,000 ms", firsts.isEmpty() ? "skipped in smoke mode" : note));
    rows.add(Result.of("f. service restart", Stats.median(restarts), floorMillis, "ms", "< 1,500 ms",
        options.smoke() ? "on a database holding only a region; " + note : note));
    if (!plainRestarts.isEmpty()) {
      String plainNote = "plain java -jar: no archive, default JIT; median of " + options.runs();
      rows.add(Result.of("f. first start, plain java -jar", Stats.median(plainFirsts), floorMillis, "ms", "-", plainNote));
      rows.add(Result.of("f. restart, plain java -jar", Stats.median(plainRestarts), floorMillis, "ms", "-", plainNote));
    }
    return rows;
  }

  /** Milliseconds from launching {@code command} in {@code dir} to a 200 on /health; stops it after. */
  private double launch(List<String> command, Path dir) throws IOException, InterruptedException {
    int port = freePort();
    Path output = dir.resolve("process-" + System.nanoTime() + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(output.toFile());
    builder.environment().put(ServiceConfig.HTTP_PORT, String.valueOf(port));
    builder.environment().remove(ServiceConfig.DB_URL);
    long begin = System.nanoTime();
    Process process = builder.start();
    try {
      HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + ExampleService.HEALTH_PATH))
          .timeout(Duration.ofSeconds(2)).build();
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException(command + " exited " + process.exitValue() + " before answering:\n"
              + Files.readString(output));
        }
        if (System.nanoTime() - begin > START_LIMIT.toNanos()) {
          throw new IllegalStateException(command + " did not answer within " + START_LIMIT);
        }
        try {
          if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return Stats.millis(System.nanoTime() - begin);
          }
        } catch (ConnectException notYet) {
          // not listening yet
        } catch (IOException notYet) {
          // the port opened before the server could answer
        }
        Thread.sleep(10);
      }
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /** The service's own database in {@code dir}, migrated and holding the region only: a start that seeds nothing. */
  private static void regionOnly(Path dir) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(ServiceConfig.DEFAULT_DB_URL.replace("./data", dir.resolve("data").toString()));
    try (HikariDataSource db = new HikariDataSource(config)) {
      WmoKaderSchema.migrate(db);
      StepClock clock = new StepClock(ExampleService.ZONE, java.time.LocalDate.now(ExampleService.ZONE));
      RegionYear.ok("define the region", new InMemoryAdapters().builder().regions(new JdbcRegionRepository(db))
          .clock(clock).ids(new SequentialIds()).build()
          .region().defineRegion().defineRegion(Actor.region(), new DefineRegionCommand(DemoRegion.NAME, DemoRegion.MEMBERS)));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
