package nl.wmokader.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the contract suites run on, each migrated once per test JVM: an in-memory H2 in
 * PostgreSQL mode, and the PostgreSQL server named by {@code WMO_TEST_POSTGRES_URL} (a full JDBC
 * URL with user and password). Without that variable the PostgreSQL suites are skipped, except
 * when {@code CI=true}, where a skip would hide a gap and fails instead. On PostgreSQL every run
 * works in a fresh schema of its own, dropped at exit, so parallel runs on one server stay apart.
 */
public final class TestDatabases {
  public static final String POSTGRES_URL_VARIABLE = "WMO_TEST_POSTGRES_URL";

  private static DataSource h2;
  private static DataSource postgres;

  private TestDatabases() {}

  public static synchronized DataSource h2() {
    if (h2 == null) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl("jdbc:h2:mem:wmo-" + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
      config.setMaximumPoolSize(4);
      HikariDataSource ds = new HikariDataSource(config);
      WmoKaderSchema.migrate(ds);
      h2 = ds;
    }
    return h2;
  }

  /** The PostgreSQL test database, or a skipped test (a failed one when {@code CI=true}). */
  public static synchronized DataSource postgres() {
    String url = postgresUrl();
    if (postgres == null) {
      postgres = freshSchema(url, 4);
    }
    return postgres;
  }

  private static String postgresUrl() {
    String url = System.getenv(POSTGRES_URL_VARIABLE);
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(POSTGRES_URL_VARIABLE + " is not set, and with CI=true the PostgreSQL suites may not be skipped");
      }
      Assumptions.abort(POSTGRES_URL_VARIABLE + " is not set: PostgreSQL contract suites skipped");
    }
    return url;
  }

  /**
   * A pool on a fresh, migrated schema of its own (dropped at exit) on the PostgreSQL server named
   * by {@code WMO_TEST_POSTGRES_URL}, with its round trips {@link RoundTrips counted}: for tests and
   * runs that measure. Skipped (failed with {@code CI=true}) as {@link #postgres()} is.
   */
  public static HikariDataSource countedPostgres() {
    return freshSchema(RoundTrips.counted(postgresUrl()), 4);
  }

  /**
   * One connection to a fresh, migrated schema (dropped at exit) with its round trips {@link
   * RoundTrips counted}, handed out again and again (closing it hands it back): what the library
   * costs, without a pool's own checks (HikariCP validates a connection idle for more than 500 ms,
   * a round trip). Single-threaded use only.
   */
  public static DataSource countedPostgresConnection() {
    HikariDataSource pool = countedPostgres();
    try {
      Connection physical = pool.getConnection().unwrap(Connection.class);
      Connection handed = (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
          new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
              if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
              }
              return null;
            }
            try {
              return method.invoke(physical, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
          });
      return (DataSource) java.lang.reflect.Proxy.newProxyInstance(DataSource.class.getClassLoader(),
          new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
            if (method.getName().equals("getConnection")) {
              return handed;
            }
            try {
              return method.invoke(pool, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
          });
    } catch (SQLException e) {
      throw new IllegalStateException("no connection to the test database", e);
    }
  }

  /** A schema not yet created, its name and a pool on it. */
  public record EmptySchema(String name, HikariDataSource dataSource) {}

  /**
   * A pool on a schema of its own that does not exist yet (migrating creates it; dropped at exit),
   * on the PostgreSQL server named by {@code WMO_TEST_POSTGRES_URL}: for migration tests.
   */
  public static EmptySchema emptyPostgresSchema() {
    String url = postgresUrl();
    String schema = "wmo_test_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
    return new EmptySchema(schema, pool(url, schema, 2));
  }

  private static HikariDataSource freshSchema(String url, int poolSize) {
    String schema = "wmo_test_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
    HikariDataSource ds = pool(url, schema, poolSize);
    WmoKaderSchema.migrate(ds, schema);
    return ds;
  }

  private static HikariDataSource pool(String url, String schema, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setSchema(schema);
    config.setMaximumPoolSize(poolSize);
    HikariDataSource ds = new HikariDataSource(config);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      } catch (SQLException ignored) {
        // best effort: a leftover test schema harms nothing
      } finally {
        ds.close();
      }
    }));
    return ds;
  }

  /** Empties every table of the library (not the migration history). */
  public static void truncateAll(DataSource ds) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "wmo_%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          if (!name.equalsIgnoreCase(WmoKaderSchema.HISTORY_TABLE)) {
            tables.add(name);
          }
        }
      }
      if (tables.isEmpty()) {
        return;
      }
      if (c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
        // DELETE of a few test rows is far cheaper than TRUNCATE, which replaces every table's files;
        // replica mode skips the foreign-key triggers, so the order of the tables does not matter.
        // It needs a superuser (as CI's postgres is); any other user falls back to TRUNCATE.
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
          s.execute("SET LOCAL session_replication_role = replica");
          for (String table : tables) {
            s.execute("DELETE FROM " + table);
          }
          c.commit();
        } catch (SQLException notPermitted) {
          c.rollback();
          s.execute("TRUNCATE TABLE " + String.join(", ", tables) + " CASCADE");
          c.commit();
        } finally {
          c.setAutoCommit(autoCommit);
        }
      } else {
        s.execute("SET REFERENTIAL_INTEGRITY FALSE");
        for (String table : tables) {
          s.execute("TRUNCATE TABLE " + table);
        }
        s.execute("SET REFERENTIAL_INTEGRITY TRUE");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty the test database", e);
    }
  }
}
