package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InfrastructureException;

/**
 * The little JDBC the adapters need: a unit of work in one transaction, binding of the core's
 * plain values, and the SQL states that mean "duplicate". Every {@link SQLException} leaves as an
 * {@link InfrastructureException}; a failed unit of work is rolled back whole.
 */
public final class Jdbc {

  /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
  public static final String UNIQUE_VIOLATION = "23505";

  /** Rows per JDBC batch execution. */
  public static final int BATCH_SIZE = 500;
  /** Values per IN list: well below every driver's limit on bind parameters. */
  public static final int IN_CHUNK = 1000;

  private final DataSource dataSource;

  public Jdbc(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
  }

  /** Work against one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(Connection connection) throws SQLException;
  }

  /** Maps the current row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /**
   * Runs a change in one transaction: committed when {@code work} answers {@code Right}, rolled
   * back when it answers {@code Left} or throws. A unique-key violation (a concurrent insert of the
   * same identity) answers {@code onDuplicate}.
   */
  public <T> Either<DomainError, T> change(Work<Either<DomainError, T>> work, Supplier<DomainError> onDuplicate) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        Either<DomainError, T> result = work.apply(c);
        if (result.isRight()) {
          c.commit();
        } else {
          c.rollback();
        }
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      if (isUniqueViolation(e)) {
        return Either.left(onDuplicate.get());
      }
      throw new InfrastructureException("database change failed (SQLSTATE " + e.getSQLState() + ")", e);
    }
  }

  /**
   * Runs read-only {@code work} in one repeatable-read transaction, so that an aggregate read by
   * several queries is never torn by a concurrent change.
   */
  public <T> T read(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      int isolation = c.getTransactionIsolation();
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        return work.apply(c);
      } finally {
        c.rollback();
        c.setTransactionIsolation(isolation);
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new InfrastructureException("database read failed (SQLSTATE " + e.getSQLState() + ")", e);
    }
  }

  /** All rows of {@code sql} with {@code params} bound, mapped. */
  public static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
        return rows;
      }
    }
  }

  /** The first row of {@code sql}, if any. */
  public static <T> Option<T> queryFirst(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
    List<T> rows = query(c, sql, mapper, params);
    return rows.isEmpty() ? Option.none() : Option.some(rows.get(0));
  }

  /** Executes an INSERT, UPDATE or DELETE; returns the row count. */
  public static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  /** Executes {@code sql} once per parameter row, as JDBC batches; returns every row's update count. */
  public static int[] batch(Connection c, String sql, Iterable<Object[]> rows) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      java.util.List<int[]> counts = new ArrayList<>();
      int pending = 0;
      for (Object[] row : rows) {
        bind(ps, row);
        ps.addBatch();
        if (++pending == BATCH_SIZE) {
          counts.add(ps.executeBatch());
          pending = 0;
        }
      }
      if (pending > 0) {
        counts.add(ps.executeBatch());
      }
      return counts.stream().flatMapToInt(java.util.Arrays::stream).toArray();
    }
  }

  /** Whether {@code table} holds a row with {@code id}. */
  public static boolean exists(Connection c, String table, UUID id) throws SQLException {
    return Jdbc.queryFirst(c, "SELECT 1 AS one FROM " + table + " WHERE id = ?", rs -> 1, id).isDefined();
  }

  /** {@code first}, then {@code values}. */
  public static Object[] prepend(Object first, Object[] values) {
    Object[] out = new Object[values.length + 1];
    out[0] = first;
    System.arraycopy(values, 0, out, 1, values.length);
    return out;
  }

  /** {@code values}, then {@code after}. */
  public static Object[] append(Object[] values, Object... after) {
    Object[] out = new Object[values.length + after.length];
    System.arraycopy(values, 0, out, 0, values.length);
    System.arraycopy(after, 0, out, values.length, after.length);
    return out;
  }

  /** {@code ?, ?, ?} for an IN list of {@code n} values. */
  public static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  /**
   * Binds plain values: {@code null} and {@code Option.none()} as SQL NULL, {@code Option.some(x)}
   * as x, enums by name, dates as {@code DATE}; everything else as JDBC maps it.
   */
  public static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Option) {
        p = ((Option<?>) p).getOrNull();
      }
      if (p == null) {
        ps.setNull(i + 1, Types.NULL);
      } else if (p instanceof Enum) {
        ps.setString(i + 1, ((Enum<?>) p).name());
      } else if (p instanceof LocalDate) {
        ps.setObject(i + 1, p, Types.DATE);
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }

  /** A nullable DATE column. */
  public static Option<LocalDate> date(ResultSet rs, String column) throws SQLException {
    return Option.of(rs.getObject(column, LocalDate.class));
  }

  /** Whether {@code e} (or a cause) is a unique-key violation. */
  public static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        // a batch reports its failed row as the next exception
        for (SQLException s = (SQLException) t; s != null; s = s.getNextException()) {
          if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
