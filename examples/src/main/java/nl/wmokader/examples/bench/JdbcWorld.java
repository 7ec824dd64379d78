package nl.wmokader.examples.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import nl.wmokader.adapters.jdbc.JdbcAdapters;
import nl.wmokader.adapters.jdbc.WmoKaderSchema;
import nl.wmokader.core.WmoKader;
import nl.wmokader.examples.demo.StepClock;
import nl.wmokader.examples.service.ExampleService;
import nl.wmokader.examples.service.ServiceConfig;

/**
 * A region-year issued through a facade over the JDBC adapters, wired as the example service wires
 * them, on the service's connection pool settings ({@link ExampleService#poolConfig}): an H2
 * database in memory, or a fresh schema of the PostgreSQL server named by {@value #POSTGRES_URL}
 * (dropped again on {@link #close}).
 */
final class JdbcWorld implements AutoCloseable {
  /** A full JDBC URL (user and password included) of a PostgreSQL server the benchmarks may use. */
  static final String POSTGRES_URL = "WMO_BENCH_POSTGRES_URL";

  final String name;
  final String url;
  final String schema;
  final HikariDataSource pool;
  final WmoKader wmo;
  final StepClock clock;
  RegionYear.World world;

  private JdbcWorld(String name, String url, String schema) {
    this.name = name;
    this.url = url;
    this.schema = schema;
    HikariConfig config = ExampleService.poolConfig(new ServiceConfig(url, Option.none(), Option.none(), 0));
    config.setPoolName("wmo-bench-" + name);
    if (schema != null) {
      config.setSchema(schema);
    }
    this.pool = new HikariDataSource(config);
    try {
      if (schema == null) {
        WmoKaderSchema.migrate(pool);
      } else {
        WmoKaderSchema.migrate(pool, schema);
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    this.clock = new StepClock(InMemoryWorld.ZONE, RegionYear.SETUP_DAY);
    this.wmo = facade(pool, clock);
  }

  /** An empty H2 database in memory, in PostgreSQL mode as the service's own. */
  static JdbcWorld h2() {
    return new JdbcWorld("H2", "jdbc:h2:mem:wmo-bench-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", null);
  }

  /** A fresh schema on the server {@value #POSTGRES_URL} names; none when it names none. */
  static Option<JdbcWorld> postgres() {
    String url = System.getenv(POSTGRES_URL);
    if (url == null || url.isBlank()) {
      return Option.none();
    }
    String schema = "wmo_bench_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
    return Option.some(new JdbcWorld("PostgreSQL", url.strip(), schema));
  }

  /** Writes {@code plan} through the use cases (the slow part on a database: minutes for 20,000 assignments). */
  JdbcWorld issue(RegionYear plan) {
    world = plan.issue(wmo, clock);
    return this;
  }

  Connection connection() throws SQLException {
    return pool.getConnection();
  }

  @Override
  public void close() {
    try {
      if (schema != null && !pool.isClosed()) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
          System.err.println("bench: could not drop the scratch schema " + schema + ": " + e.getClass().getName());
        }
      }
    } finally {
      pool.close();
    }
  }

  /** Every driven port on the JDBC adapter over {@code pool}, as {@code ExampleService} wires them. */
  private static WmoKader facade(HikariDataSource pool, StepClock clock) {
    return JdbcAdapters.over(pool).builder()
        .clock(clock)
        .ids(new SequentialIds())
        .build();
  }
}
