package nl.wmokader.adapters.rest.archfixture;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Uses JDBC outside the JDBC adapter. Never used, only analysed. */
public final class RestUsingJdbc {
  private RestUsingJdbc() {}

  public static Connection open(DataSource dataSource) throws SQLException {
    return dataSource.getConnection();
  }
}
