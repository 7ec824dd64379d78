package nl.wmokader.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The REST upload's floor on PostgreSQL: {@code COPY ... FROM STDIN} of the very rows the upload
 * stored (copied out of {@code wmo_claim_line} first, untimed) into a scratch copy of that table
 * with its indexes and constraints ({@code CREATE TEMP TABLE ... (LIKE wmo_claim_line INCLUDING
 * ALL)}; a temporary table writes no WAL, so the floor is if anything too fast), in one transaction.
 * pgjdbc's {@code CopyManager} is reached by reflection: the driver is only a runtime dependency of
 * the examples.
 */
final class PgCopyFloor implements AutoCloseable {
  private final Connection connection;
  private final String schema;
  private final Object copyApi;
  private final Method copyIn;
  private final Method copyOut;

  /** On a connection of its own (a temporary table is one session's), to {@code schema}'s tables. */
  PgCopyFloor(Connection connection, String schema) throws SQLException {
    this.connection = connection;
    this.schema = schema;
    try {
      Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
      Class<?> copyManager = Class.forName("org.postgresql.copy.CopyManager");
      copyApi = pgConnection.getMethod("getCopyAPI").invoke(connection.unwrap(pgConnection));
      copyIn = copyManager.getMethod("copyIn", String.class, InputStream.class);
      copyOut = copyManager.getMethod("copyOut", String.class, OutputStream.class);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("pgjdbc's CopyManager is not on the class path", e);
    }
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TEMP TABLE bench_claim_line (LIKE " + schema + ".wmo_claim_line INCLUDING ALL)");
    }
  }

  /** The stored lines of claim {@code claimId} as COPY text. */
  byte[] rowsOf(String claimId) throws SQLException {
    UUID.fromString(claimId);
    ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
    long rows = (long) call(copyOut, "COPY (SELECT * FROM " + schema + ".wmo_claim_line WHERE claim_id = '" + claimId
        + "' ORDER BY position) TO STDOUT", out);
    if (rows == 0) {
      throw new IllegalStateException("no stored lines for claim " + claimId);
    }
    return out.toByteArray();
  }

  /** Copies {@code rows} (COPY text) into the scratch table in one transaction; answers the rows copied. */
  long copy(byte[] rows) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      long copied = (long) call(copyIn, "COPY bench_claim_line FROM STDIN", new ByteArrayInputStream(rows));
      connection.commit();
      return copied;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private Object call(Method method, String sql, Object stream) throws SQLException {
    try {
      return method.invoke(copyApi, sql, stream);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof SQLException) {
        throw (SQLException) e.getCause();
      }
      throw new IllegalStateException("COPY failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("COPY failed", e);
    }
  }

  @Override
  public void close() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_claim_line");
    } finally {
      connection.close();
    }
  }
}
