package nl.wmokader.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * What only PostgreSQL's own driver (pgjdbc) offers: {@code COPY ... FROM STDIN}. The driver is an
 * optional dependency, the embedder's choice: this class is touched only once {@link #AVAILABLE}
 * said pgjdbc is on the class path (ADR 0006).
 */
final class Postgres {

  /** Whether pgjdbc is on the class path. */
  static final boolean AVAILABLE = present();

  private Postgres() {}

  private static boolean present() {
    try {
      Class.forName("org.postgresql.PGConnection", false, Postgres.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Whether {@code c} is (or wraps, as a pool's proxy does) a pgjdbc connection. */
  static boolean is(Connection c) throws SQLException {
    return c.isWrapperFor(PGConnection.class);
  }

  /**
   * Streams {@code length} bytes of COPY text ({@link CopyText}) into {@code sql} (a {@code COPY
   * ... FROM STDIN}); answers the rows copied. Two round trips whatever the size.
   */
  static long copyIn(Connection c, String sql, byte[] data, int length) throws SQLException {
    CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    try {
      copy.writeToCopy(data, 0, length);
      return copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }
}
