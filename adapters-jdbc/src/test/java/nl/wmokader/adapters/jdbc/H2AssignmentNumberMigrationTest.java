package nl.wmokader.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;

class H2AssignmentNumberMigrationTest extends AssignmentNumberMigration {
  @Override
  protected DataSource emptyDatabase() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:wmo-migration-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }

  @Override
  protected String schema() {
    return null;
  }
}
