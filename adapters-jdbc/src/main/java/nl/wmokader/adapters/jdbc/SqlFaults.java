package nl.wmokader.adapters.jdbc;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import nl.wmokader.core.shared.InfrastructureException;

/**
 * The {@link InfrastructureException} a failed statement leaves the adapter as, without the
 * driver's words. A driver's message may quote what the statement carried: pgjdbc names a failed
 * batch entry with its parameter values, and, unless {@code logServerErrorDetail=false}, the
 * server's detail ({@code Key (client)=(…)}) and a failed COPY row; H2 quotes values that did not
 * convert. Whoever logs the exception (an embedder's handler, a logging framework printing the cause
 * chain) would then print a BSN.
 *
 * <p>So the cause chain is rebuilt without messages: each {@link SQLException} as the JDK's own type
 * of the same kind (a pool's {@link SQLTransientConnectionException} stays one, for whoever answers
 * "busy"), carrying the original class's name, its SQLSTATE, vendor code and stack trace; any other
 * cause as the class name with its stack trace. Nothing of the driver's text survives.
 */
final class SqlFaults {
  /** Deeper chains are cut: no driver nests this far, and a cycle must not loop. */
  private static final int MAX_DEPTH = 16;

  private SqlFaults() {}

  /** {@code what} ("database read failed"), the SQLSTATE, and {@code e}'s chain without messages. */
  static InfrastructureException infrastructure(String what, SQLException e) {
    return new InfrastructureException(what + " (SQLSTATE " + e.getSQLState() + ")", withoutMessages(e, 0));
  }

  /** A copy of {@code t}'s chain (causes, next exceptions, suppressed) that holds no message of it. */
  static Throwable withoutMessages(Throwable t, int depth) {
    if (t == null || depth >= MAX_DEPTH) {
      return null;
    }
    Throwable copy;
    if (t instanceof SQLException) {
      SQLException s = (SQLException) t;
      SQLException sql = sameKind(s, t.getClass().getName() + " (SQLSTATE " + s.getSQLState() + ")");
      SQLException next = s.getNextException();
      if (next != null && next != s) {
        Throwable nextCopy = withoutMessages(next, depth + 1);
        if (nextCopy instanceof SQLException) {
          sql.setNextException((SQLException) nextCopy);
        }
      }
      copy = sql;
    } else {
      copy = new Redacted(t.getClass().getName());
    }
    Throwable cause = t.getCause();
    if (cause != null && cause != t) {
      copy.initCause(withoutMessages(cause, depth + 1));
    }
    for (Throwable suppressed : t.getSuppressed()) {
      Throwable s = withoutMessages(suppressed, depth + 1);
      if (s != null) {
        copy.addSuppressed(s);
      }
    }
    copy.setStackTrace(t.getStackTrace());
    return copy;
  }

  /** The JDK's exception of {@code e}'s kind, with {@code reason} and {@code e}'s state and code only. */
  private static SQLException sameKind(SQLException e, String reason) {
    String state = e.getSQLState();
    int code = e.getErrorCode();
    if (e instanceof BatchUpdateException) {
      return new BatchUpdateException(reason, state, code, new int[0]);
    }
    if (e instanceof SQLTransientConnectionException) {
      return new SQLTransientConnectionException(reason, state, code);
    }
    if (e instanceof SQLTransactionRollbackException) {
      return new SQLTransactionRollbackException(reason, state, code);
    }
    if (e instanceof SQLTimeoutException) {
      return new SQLTimeoutException(reason, state, code);
    }
    if (e instanceof SQLTransientException) {
      return new SQLTransientException(reason, state, code);
    }
    if (e instanceof SQLNonTransientConnectionException) {
      return new SQLNonTransientConnectionException(reason, state, code);
    }
    if (e instanceof SQLIntegrityConstraintViolationException) {
      return new SQLIntegrityConstraintViolationException(reason, state, code);
    }
    if (e instanceof SQLNonTransientException) {
      return new SQLNonTransientException(reason, state, code);
    }
    if (e instanceof SQLRecoverableException) {
      return new SQLRecoverableException(reason, state, code);
    }
    return new SQLException(reason, state, code);
  }

  /** A cause that is not an {@link SQLException} (an I/O fault under the driver): its class's name only. */
  static final class Redacted extends Exception {
    private static final long serialVersionUID = 1L;

    Redacted(String className) {
      super(className);
    }
  }
}
