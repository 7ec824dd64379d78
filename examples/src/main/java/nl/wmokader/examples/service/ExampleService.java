package nl.wmokader.examples.service;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import nl.wmokader.adapters.jdbc.JdbcAdapters;
import nl.wmokader.adapters.jdbc.WmoKaderSchema;
import nl.wmokader.adapters.rest.RestOptions;
import nl.wmokader.adapters.rest.WmoKaderRoutes;
import nl.wmokader.adapters.rest.WmoRestApi;
import nl.wmokader.adapters.rest.identity.Authentication;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.inmemory.InMemoryAuditTrail;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.examples.dashboard.Dashboard;
import nl.wmokader.examples.demo.DemoSeeder;
import nl.wmokader.examples.demo.DemoSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runnable example service: wmo-kader over a database (H2 file under {@code ./data} by default,
 * PostgreSQL when {@code WMO_DB_URL} names one) behind the REST API, with the demo region seeded on
 * first start. {@link #main} reads {@link ServiceConfig} from the environment and stops cleanly on
 * SIGTERM (or Ctrl-C): the HTTP server first, then the connection pool.
 *
 * <p>Paths: the API under {@code /api/v1} (OpenAPI document at {@code /api/v1/openapi.json}), the
 * regional dashboard at {@code /dashboard} ({@link Dashboard}), and {@code GET /health}, which
 * answers {@code {"status":"UP"}} (200) when the database answers and {@code {"status":"DOWN"}}
 * (503) when it does not.
 */
public final class ExampleService implements AutoCloseable {
  /** The zone of "today" for every use case. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  public static final String HEALTH_PATH = "/health";

  private static final Logger log = LoggerFactory.getLogger(ExampleService.class);
  /**
   * pgjdbc's logger (java.util.logging), held here: the level set on it must outlive a garbage
   * collection, and java.util.logging keeps its loggers only weakly.
   */
  private static final java.util.logging.Logger DRIVER_LOG = java.util.logging.Logger.getLogger("org.postgresql");
  /** The driver's own loggers whose level was limited, held for the same reason. */
  private static final java.util.Set<java.util.logging.Logger> DRIVER_LOGGERS =
      java.util.concurrent.ConcurrentHashMap.newKeySet();
  /** Exit status of a configuration the service cannot use. */
  static final int EXIT_CONFIGURATION = 2;
  /** Exit status of a failed start (database unreachable, port taken, ...). */
  static final int EXIT_START_FAILED = 1;

  private final HikariDataSource dataSource;
  private final Javalin app;
  private final Option<DemoSummary> seeded;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private ExampleService(HikariDataSource dataSource, Javalin app, Option<DemoSummary> seeded) {
    this.dataSource = dataSource;
    this.app = app;
    this.seeded = seeded;
  }

  /**
   * Reads the environment, starts, and stops on SIGTERM; exits 2 on a bad configuration, 1 on a
   * failed start. With the arguments {@code token <actor> [--person <name>] [--minutes <n>]} it
   * prints a development token instead ({@link TokenCommand}); with {@code import <folder>} it
   * imports a folder of iWmo messages and writes their answers beside them ({@link ImportCommand}).
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("token")) {
      System.exit(TokenCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.getenv(), System.out,
          System.err));
      return;
    }
    if (args.length > 0 && args[0].equals("import")) {
      System.exit(ImportCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.getenv(),
          Clock.system(ZONE), System.out, System.err));
      return;
    }
    skipJettysMBeanServer();
    ServiceConfig config;
    try {
      config = ServiceConfig.fromEnvironment(System.getenv());
    } catch (ServiceConfig.InvalidConfiguration e) {
      log.error("Invalid configuration: {}", e.getMessage());
      System.exit(EXIT_CONFIGURATION);
      return;
    }
    ExampleService service;
    try {
      service = start(config);
    } catch (RuntimeException e) {
      log.error("The example service could not start ({})", config, e);
      System.exit(EXIT_START_FAILED);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(service::stop, "wmo-kader-stop"));
  }

  /**
   * Jetty sizes its padding against false sharing by asking the platform MBean server whether
   * compressed references are on, unless told: starting that server loads some 300 classes at every
   * start. Below 32 GB of heap the JVM compresses references (four bytes, sixteen to a 64-byte cache
   * line); a wrong guess costs a little padding, nothing else. A value set on the command line wins.
   */
  private static void skipJettysMBeanServer() {
    String property = "org.eclipse.jetty.util.referencesPerCacheLine";
    if (System.getProperty(property) == null) {
      boolean compressed = Runtime.getRuntime().maxMemory() < 32L * 1024 * 1024 * 1024;
      System.setProperty(property, compressed ? "16" : "8");
    }
  }

  /** Starts on the system clock in {@link #ZONE}. */
  public static ExampleService start(ServiceConfig config) {
    return start(config, Clock.system(ZONE));
  }

  /**
   * Opens and migrates the database, seeds the demo data when no region is defined yet, and
   * starts HTTP; logs one line when ready. On any failure what was opened is closed again.
   *
   * <p>HTTP starts on a thread of its own beside the migration and the seeding: loading and
   * starting Jetty, Javalin and the REST adapter is a second of work the other core does meanwhile.
   * Until this method returns, every request is answered 503 ({@link StartingGate}), {@code /health}
   * included, so that nothing reads a database that is still being migrated or seeded.
   *
   * @param clock "today" for the use cases and the demo day of a first start
   */
  public static ExampleService start(ServiceConfig config, Clock clock) {
    requireNonNull(config, "config");
    requireNonNull(clock, "clock");
    keepDriverTraceOff();
    long begin = System.nanoTime();
    HikariDataSource dataSource = pool(config);
    JdbcAdapters adapters = JdbcAdapters.over(dataSource);
    StartingGate gate = new StartingGate();
    CompletableFuture<Javalin> http = startHttp(config, dataSource, adapters, clock, gate);
    try {
      long migrationBegin = System.nanoTime();
      WmoKaderSchema.migrate(dataSource);
      // the driver's classes have loaded with the first connections: their own loggers exist now,
      // before the seeding sends the first BSN
      keepDriverTraceOff();
      long seedBegin = System.nanoTime();
      Option<DemoSummary> seeded = seed(adapters, clock);
      long seedEnd = System.nanoTime();
      Javalin app = joined(http);
      gate.open();

      ExampleService service = new ExampleService(dataSource, app, seeded);
      log.info("wmo-kader example service ready on {} (API {}{}, health {}) after {} ms (database opened and "
              + "migrated in {} ms, HTTP waited for {} ms); {}", service.url(), service.url(), WmoRestApi.BASE_PATH,
          HEALTH_PATH, millis(System.nanoTime() - begin), millis(seedBegin - begin),
          millis(System.nanoTime() - seedEnd),
          seeded.map(s -> "demo data seeded in " + millis(seedEnd - seedBegin) + " ms: " + s.describe())
              .getOrElse("existing data kept"));
      return service;
    } catch (RuntimeException e) {
      // Let a start that is under way finish, then stop it: a server never outlives a failed start.
      http.handle((app, failure) -> {
        if (app != null) {
          app.stop();
        }
        return null;
      }).join();
      dataSource.close();
      throw e;
    }
  }

  /**
   * Below FINE, pgjdbc traces its wire protocol, every bound value included ({@code FE=> Bind(...,
   * $1=<('999900018')>...)}): a BSN in the log for each client looked up. Whatever the logging
   * configuration asks for, the driver's logger goes no finer than FINE (connections opened, closed
   * and broken), and the service says so once.
   */
  static void keepDriverTraceOff() {
    java.util.logging.Level fine = java.util.logging.Level.FINE;
    boolean limited = false;
    if (DRIVER_LOG.isLoggable(java.util.logging.Level.FINER)) {
      DRIVER_LOG.setLevel(fine);
      limited = true;
    }
    // a level configured on one of the driver's own loggers (org.postgresql.core.v3...) overrides the
    // one above for it: those that exist by now (the driver's classes make theirs as they load) too
    java.util.Enumeration<String> names = java.util.logging.LogManager.getLogManager().getLoggerNames();
    while (names.hasMoreElements()) {
      String name = names.nextElement();
      java.util.logging.Logger logger = name.startsWith("org.postgresql.") ? java.util.logging.Logger.getLogger(name) : null;
      if (logger != null && logger.getLevel() != null && logger.isLoggable(java.util.logging.Level.FINER)) {
        logger.setLevel(fine);
        DRIVER_LOGGERS.add(logger);
        limited = true;
      }
    }
    if (limited) {
      log.warn("pgjdbc's loggers (org.postgresql) limited to FINE: their finer levels trace every statement's values, "
          + "personal data included");
    }
  }

  /** Creates and starts the HTTP server on a thread of its own, behind {@code gate}. */
  private static CompletableFuture<Javalin> startHttp(ServiceConfig config, DataSource dataSource,
      JdbcAdapters adapters, Clock clock, StartingGate gate) {
    CompletableFuture<Javalin> started = new CompletableFuture<>();
    Thread starter = new Thread(() -> {
      try {
        // Token lifetimes are real time, whatever day the use cases are told it is.
        Authentication authentication = config.identity().authentication(Clock.systemUTC());
        if (config.identity() instanceof IdentityConfig.OpenIdConnect) {
          log.info("Requests authenticated by {}", config.identity().describe());
        } else {
          log.warn("Requests authenticated by {}", config.identity().describe());
        }
        WmoKader wmo = facade(adapters, clock, UUID::randomUUID);
        Javalin app = Javalin.create(javalin -> {
          javalin.startup.showJavalinBanner = false;
          javalin.routes.before(gate);
          javalin.routes.get(HEALTH_PATH, ctx -> health(ctx, dataSource));
          Dashboard.fromClassPath().register(javalin.routes);
          // only the region's members and registered providers may act, whatever the token names
          WmoRestApi.register(javalin, RestOptions.defaults().withAuthentication(authentication)
              .withKnownActors(wmo.knownActors()).withRateLimit(config.rateLimit().getOrNull()), WmoKaderRoutes.of(wmo));
        });
        app.start(config.httpHost(), config.httpPort());
        started.complete(app);
      } catch (Throwable e) {
        started.completeExceptionally(e);
      }
    }, "wmo-kader-http-start");
    starter.start();
    return started;
  }

  /** The started server, or the failure of its start as it was thrown. */
  private static Javalin joined(CompletableFuture<Javalin> http) {
    try {
      return http.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw e;
    }
  }

  private static long millis(long nanos) {
    return Duration.ofNanos(nanos).toMillis();
  }

  /** The base URL, e.g. {@code http://localhost:8080}. */
  public String url() {
    return "http://localhost:" + port();
  }

  /** The port HTTP listens on (the one picked when configured as 0). */
  public int port() {
    return app.port();
  }

  /** What a first start seeded; none when the database already held a region. */
  public Option<DemoSummary> seeded() {
    return seeded;
  }

  /**
   * Stops HTTP, then closes the pool (and with it an H2 database). What the shutdown hook runs on
   * SIGTERM; a second call does nothing.
   */
  public void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    try {
      app.stop();
    } finally {
      dataSource.close();
    }
    log.info("wmo-kader example service stopped");
  }

  @Override
  public void close() {
    stop();
  }

  /** For tests in this package: the pool, to see that a stop closed it. */
  DataSource dataSource() {
    return dataSource;
  }

  private static HikariDataSource pool(ServiceConfig config) {
    DataFiles.secure(config.dbUrl());
    return new HikariDataSource(poolConfig(config));
  }

  /** The connection pool's settings for {@code config}: public for the benchmarks, which measure the same pool. */
  public static HikariConfig poolConfig(ServiceConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("wmo-kader");
    hikari.setJdbcUrl(config.dbUrl());
    config.dbUser().forEach(hikari::setUsername);
    config.dbPassword().forEach(hikari::setPassword);
    // HikariCP's default of ten: on two cores with PostgreSQL beside the service, the read routes
    // under 32 clients ran alike with 4, 10 and 20 connections (the read-routes benchmark's setup).
    hikari.setMaximumPoolSize(10);
    // Two open up front, the rest when a burst asks for them: a start does not spend the CPU of
    // eight more connections (on H2, eight more sessions) while it migrates and seeds.
    hikari.setMinimumIdle(2);
    // Fail fast rather than hang: a start without a database, and a health check, answer within
    // seconds; an API request that waits this long for a connection is answered 503 with
    // Retry-After (the REST adapter maps the pool's SQLTransientConnectionException), never 500.
    hikari.setConnectionTimeout(5_000);
    if (config.dbUrl().startsWith("jdbc:postgresql:")) {
      // pgjdbc puts the server's detail ("Key (client)=(…)") and a failed batch entry's parameter
      // values into its exception messages, which the pool logs when a connection breaks: a BSN
      // would reach the log. Without the detail the messages name the statement, not its values.
      hikari.addDataSourceProperty("logServerErrorDetail", "false");
    }
    return hikari;
  }

  private static void health(Context ctx, DataSource dataSource) {
    boolean up;
    try (Connection connection = dataSource.getConnection()) {
      up = connection.isValid(2);
    } catch (SQLException e) {
      up = false;
    }
    ctx.status(up ? 200 : 503)
        .contentType("application/json")
        .header("Cache-Control", "no-store")
        .result(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
  }

  /**
   * Seeds the demo region when none is defined yet. Its thousands of accesses are recorded in a
   * trail in memory while it runs and handed to the database's trail in one batch at the end: the
   * same chains, numbers and hashes as if each had been stored with its change, without a trail
   * transaction per demo step (a first start took 7 s that way instead of 2.5). Were the process to
   * die in between, the demo's data would stand without its trail: demo data only.
   */
  private static Option<DemoSummary> seed(JdbcAdapters adapters, Clock clock) {
    InMemoryAuditTrail during = new InMemoryAuditTrail();
    Option<DemoSummary> seeded = new DemoSeeder((c, ids) -> adapters.builder().clock(c).ids(ids).auditTrail(during)
        .build(), clock.getZone()).seedIfAbsent(LocalDate.now(clock));
    Seq<AuditRecord> recorded = during.chains(DateRange.of(LocalDate.of(1900, 1, 1), Option.none()))
        .flatMap(head -> during.chain(head.chain(), 1, Integer.MAX_VALUE)).map(AuditEntry::record);
    adapters.auditTrail().append(recorded);
    return seeded;
  }

  /** The facade over {@code adapters} on {@code clock}: seeding and the service each build their own. */
  private static WmoKader facade(JdbcAdapters adapters, Clock clock, IdGenerator ids) {
    // Turnover and approved claims come from the claim store, quality findings and reportable
    // events from supervision's stores: no override of them.
    return adapters.builder().clock(clock).ids(ids).build();
  }
}
