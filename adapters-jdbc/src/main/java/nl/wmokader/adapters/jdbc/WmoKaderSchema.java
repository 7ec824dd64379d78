package nl.wmokader.adapters.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the library's tables. Its own migration location and history table keep it apart from
 * an embedder's Flyway setup in the same database.
 */
public final class WmoKaderSchema {
  public static final String LOCATION = "classpath:nl/wmokader/adapters/jdbc/migration";
  public static final String HISTORY_TABLE = "wmo_schema_history";

  private WmoKaderSchema() {}

  /** Applies pending migrations to the data source's default schema; returns how many ran. */
  public static int migrate(DataSource dataSource) {
    return flyway(dataSource, null).migrate().migrationsExecuted;
  }

  /** Applies pending migrations to {@code schema}, creating it when absent. */
  public static int migrate(DataSource dataSource, String schema) {
    MigrateResult result = flyway(dataSource, schema).migrate();
    return result.migrationsExecuted;
  }

  private static Flyway flyway(DataSource dataSource, String schema) {
    var config = Flyway.configure()
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        .failOnMissingLocations(true);
    if (schema != null) {
      config = config.schemas(schema).defaultSchema(schema);
    }
    return config.load();
  }
}
