package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InfrastructureException;

/**
 * The little JDBC the adapters need: a unit of work in one transaction, reads in one snapshot,
 * binding of the core's plain values (arrays included), and the SQL states that mean "duplicate"
 * or "conflict". Every other {@link SQLException} leaves as an {@link InfrastructureException}; a
 * failed unit of work is rolled back whole.
 *
 * <p>Round trips count on PostgreSQL (ADR 0006): one query reads outside a transaction, several
 * and a unit of work's statements go pipelined in one message where they do not depend on each
 * other; nothing asks for or changes session settings. H2 runs in-process, where a round trip
 * costs nothing, and gets the same statements one by one.
 */
public final class Jdbc {

  /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
  public static final String UNIQUE_VIOLATION = "23505";

  /** Rows per JDBC batch execution. */
  public static final int BATCH_SIZE = 500;
  /** Values per IN list: well below every driver's limit on bind parameters. */
  public static final int IN_CHUNK = 1000;

  private final DataSource dataSource;
  private volatile Boolean postgres;

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
   * same identity) answers {@code onDuplicate}. Just before it commits, it stores the audit records
   * this thread has pending for the same database ({@link JdbcAuditTrail#appendWith}), so that a
   * change and its record commit or roll back together.
   */
  public <T> Either<DomainError, T> change(Work<Either<DomainError, T>> work, Supplier<DomainError> onDuplicate) {
    return change(work, onDuplicate, null);
  }

  /**
   * {@link #change(Work, Supplier)}, where a deadlock or serialization failure between concurrent
   * transactions (SQLSTATE class 40) answers {@code onConflict} instead of failing: for a caller
   * that tries again on a conflict anyway.
   */
  public <T> Either<DomainError, T> change(Work<Either<DomainError, T>> work, Supplier<DomainError> onDuplicate,
                                           Supplier<DomainError> onConflict) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      Either<DomainError, T> result;
      try {
        result = work.apply(c);
        if (result.isRight()) {
          JdbcAuditTrail.storePending(dataSource, c);
          c.commit();
        } else {
          c.rollback();
        }
      } catch (SQLException | RuntimeException e) {
        // On a broken connection the rollback and the reset fail too: their failures ride along as
        // suppressed, so that the first fault (its SQLSTATE: 08006, not "connection closed") is the one reported.
        try {
          c.rollback();
          c.setAutoCommit(autoCommit);
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
      c.setAutoCommit(autoCommit);
      return result;
    } catch (SQLException e) {
      if (isUniqueViolation(e)) {
        return Either.left(onDuplicate.get());
      }
      if (onConflict != null && isConcurrencyFailure(e)) {
        return Either.left(onConflict.get());
      }
      throw SqlFaults.infrastructure("database change failed", e);
    }
  }

  /**
   * Runs read-only {@code work} in one repeatable-read transaction, so that an aggregate read by
   * several queries is never torn by a concurrent change. Where the queries are known beforehand,
   * {@link #read(Query[])} costs less.
   */
  public <T> T read(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return inSnapshot(c, work);
    } catch (SQLException e) {
      throw SqlFaults.infrastructure("database read failed", e);
    }
  }

  /**
   * {@code work} in a read-only repeatable-read transaction on {@code c}. On PostgreSQL the
   * isolation is the transaction's own ({@code SET TRANSACTION}, sent with its {@code BEGIN}): no
   * session setting to ask for, change and restore, one round trip each. Elsewhere (in-process H2)
   * the connection's isolation is changed and restored as JDBC has it.
   *
   * <p>A snapshot that read to the end is committed, not rolled back: the same for a transaction
   * that changed nothing, but H2 empties its session's cache of parsed statements on every rollback,
   * and then parses each statement of the next read again. A failed read is rolled back.
   */
  private static <T> T inSnapshot(Connection c, Work<T> work) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      if (isPostgres(c)) {
        try (Statement s = c.createStatement()) {
          s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
        return ended(c, work);
      }
      int isolation = c.getTransactionIsolation();
      if (isolation == Connection.TRANSACTION_REPEATABLE_READ) {
        return ended(c, work);
      }
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        return ended(c, work);
      } finally {
        c.setTransactionIsolation(isolation);
      }
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /** {@code work} on {@code c}'s open transaction, then that transaction committed, or rolled back when {@code work} fails. */
  private static <T> T ended(Connection c, Work<T> work) throws SQLException {
    T result;
    try {
      result = work.apply(c);
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    c.commit();
    return result;
  }

  /**
   * One query of a {@link #read(Query[]) read}: its SQL (one statement, no {@code ;}), the mapper of
   * its rows and its parameters.
   */
  public static final class Query<T> {
    private final String sql;
    private final RowMapper<T> mapper;
    private final Object[] params;

    private Query(String sql, RowMapper<T> mapper, Object[] params) {
      this.sql = requireNonNull(sql, "sql");
      this.mapper = requireNonNull(mapper, "mapper");
      this.params = params.clone();
    }

    public static <T> Query<T> of(String sql, RowMapper<T> mapper, Object... params) {
      return new Query<>(sql, mapper, params);
    }
  }

  /** The rows each query of a {@link #read(Query[]) read} answered. */
  public static final class Answers {
    private final java.util.IdentityHashMap<Query<?>, List<?>> rows = new java.util.IdentityHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> List<T> of(Query<T> query) {
      List<?> answer = rows.get(query);
      if (answer == null) {
        throw new IllegalArgumentException("not a query of this read");
      }
      return (List<T>) answer;
    }
  }

  /**
   * Runs independent queries against one snapshot, so that an aggregate read by several of them is
   * never torn. One query runs on its own, outside a transaction (a statement sees one snapshot).
   * Several run on PostgreSQL as one pipelined message, {@code BEGIN ISOLATION LEVEL REPEATABLE
   * READ, READ ONLY} to {@code COMMIT}: one round trip, whatever their number. Elsewhere they run
   * one by one in a repeatable-read transaction ({@link #read(Work)}).
   */
  public Answers read(Query<?>... queries) {
    Answers answers = new Answers();
    if (queries.length == 0) {
      return answers;
    }
    try (Connection c = dataSource.getConnection()) {
      if (queries.length > 1 && !isPostgres(c)) {
        return inSnapshot(c, x -> {
          for (Query<?> q : queries) {
            answers.rows.put(q, query(x, q.sql, q.mapper, q.params));
          }
          return answers;
        });
      }
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(true);
      try {
        if (queries.length == 1) {
          answers.rows.put(queries[0], query(c, queries[0].sql, queries[0].mapper, queries[0].params));
        } else {
          pipelinedRead(c, queries, answers);
        }
      } finally {
        c.setAutoCommit(autoCommit);
      }
      return answers;
    } catch (SQLException e) {
      throw SqlFaults.infrastructure("database read failed", e);
    }
  }

  /** The rows of one query, read on its own outside a transaction: one statement, one snapshot. */
  public <T> List<T> select(String sql, RowMapper<T> mapper, Object... params) {
    Query<T> q = Query.of(sql, mapper, params);
    return read(q).of(q);
  }

  private static void pipelinedRead(Connection c, Query<?>[] queries, Answers answers) throws SQLException {
    StringBuilder sql = new StringBuilder("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    List<Object> params = new ArrayList<>();
    for (Query<?> q : queries) {
      sql.append(";\n").append(q.sql);
      params.addAll(java.util.Arrays.asList(q.params));
    }
    sql.append(";\nCOMMIT");
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      bind(ps, params.toArray());
      boolean isRows = ps.execute();
      int next = 0;
      while (true) {
        if (isRows) {
          Query<?> q = queries[next++];
          answers.rows.put(q, rows(ps.getResultSet(), q.mapper));
        } else if (ps.getUpdateCount() == -1) {
          break;
        }
        isRows = ps.getMoreResults();
      }
      if (next != queries.length) {
        throw new IllegalStateException(queries.length + " queries answered " + next + " results");
      }
    } catch (SQLException | RuntimeException e) {
      // an error leaves the explicit transaction open and failed: end it before the pool takes the connection back
      try (Statement s = c.createStatement()) {
        s.execute("ROLLBACK");
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static <T> List<T> rows(ResultSet rs, RowMapper<T> mapper) throws SQLException {
    try (rs) {
      List<T> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(mapper.map(rs));
      }
      return rows;
    }
  }

  /** One statement of a {@link #run pipeline}: its SQL (one statement, no {@code ;}) and its parameters. */
  public static final class Step {
    private final String sql;
    private final Object[] params;

    private Step(String sql, Object[] params) {
      this.sql = requireNonNull(sql, "sql");
      this.params = params.clone();
    }

    /** A change, or a query whose rows only count (as a {@code SELECT ... FOR UPDATE} that takes locks). */
    public static Step of(String sql, Object... params) {
      return new Step(sql, params);
    }
  }

  /**
   * Runs {@code steps} in order inside the caller's transaction and answers each one's count: rows
   * changed, or rows a query answered. On PostgreSQL they go as one pipelined message: one round
   * trip, whatever their number (an error in one skips the rest and leaves the transaction to be
   * rolled back); elsewhere one by one.
   */
  public static int[] run(Connection c, List<Step> steps) throws SQLException {
    int[] counts = new int[steps.size()];
    if (steps.isEmpty()) {
      return counts;
    }
    if (steps.size() == 1 || !isPostgres(c)) {
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        try (PreparedStatement ps = c.prepareStatement(step.sql)) {
          bind(ps, step.params);
          counts[i] = ps.execute() ? rows(ps.getResultSet(), rs -> 1).size() : ps.getUpdateCount();
        }
      }
      return counts;
    }
    StringBuilder sql = new StringBuilder();
    List<Object> params = new ArrayList<>();
    for (Step step : steps) {
      sql.append(sql.length() == 0 ? "" : ";\n").append(step.sql);
      params.addAll(java.util.Arrays.asList(step.params));
    }
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      bind(ps, params.toArray());
      boolean isRows = ps.execute();
      int next = 0;
      while (true) {
        if (isRows) {
          counts[next++] = rows(ps.getResultSet(), rs -> 1).size();
        } else {
          int count = ps.getUpdateCount();
          if (count == -1) {
            break;
          }
          counts[next++] = count;
        }
        isRows = ps.getMoreResults();
      }
      if (next != steps.size()) {
        throw new IllegalStateException(steps.size() + " statements answered " + next + " results");
      }
      return counts;
    }
  }

  /**
   * Inserts {@code rows} of {@code columns} (a column list in parentheses' content) into {@code
   * table} as multi-row {@code INSERT ... VALUES (...), (...)} statements of up to {@code
   * perStatement} rows, executed as one JDBC batch: few statements, whatever the driver.
   */
  public static void insertRows(Connection c, String table, String columns, int columnCount, List<Object[]> rows,
                                int perStatement) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    String row = "(" + placeholders(columnCount) + ")";
    String head = "INSERT INTO " + table + " (" + columns + ") VALUES ";
    int full = rows.size() / perStatement;
    if (full > 0) {
      try (PreparedStatement ps = c.prepareStatement(head + String.join(", ", java.util.Collections.nCopies(perStatement, row)))) {
        for (int s = 0; s < full; s++) {
          bind(ps, flatten(rows.subList(s * perStatement, (s + 1) * perStatement), columnCount));
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    int rest = rows.size() - full * perStatement;
    if (rest > 0) {
      try (PreparedStatement ps = c.prepareStatement(head + String.join(", ", java.util.Collections.nCopies(rest, row)))) {
        bind(ps, flatten(rows.subList(full * perStatement, rows.size()), columnCount));
        ps.executeUpdate();
      }
    }
  }

  private static Object[] flatten(List<Object[]> rows, int columnCount) {
    Object[] out = new Object[rows.size() * columnCount];
    int i = 0;
    for (Object[] r : rows) {
      if (r.length != columnCount) {
        throw new IllegalArgumentException("a row of " + r.length + " values for " + columnCount + " columns");
      }
      System.arraycopy(r, 0, out, i, columnCount);
      i += columnCount;
    }
    return out;
  }

  /**
   * A parameter bound as a SQL array of {@code values} of the database type {@code type} (as
   * {@code uuid}, {@code varchar}, {@code bigint}): for {@code = ANY(?)} and {@code UNNEST(?)}, one
   * parameter however many values, and one plan. H2 and PostgreSQL both understand it.
   */
  public static SqlArray array(String type, Object[] values) {
    return new SqlArray(type, values);
  }

  /** See {@link #array}. */
  public record SqlArray(String type, Object[] values) {
    public SqlArray {
      requireNonNull(type, "type");
      requireNonNull(values, "values");
    }
  }

  /**
   * {@code FROM} and {@code WHERE} of a query for the rows of {@code table} whose {@code column} is
   * one of the values of an array parameter ({@link #array}), which is the query's first; further
   * terms follow as {@code " AND ..."}. On PostgreSQL {@code column = ANY(?)}: an index scan for
   * few values or many, with statistics or without. Elsewhere a join with {@code UNNEST(?)}: H2
   * checks {@code = ANY(?)} against every element of the array for every row it finds, so that
   * thousands of values cost millions of comparisons; the join looks each value up once.
   */
  public String whereIn(String table, String column) {
    if (postgres()) {
      return " FROM " + table + " WHERE " + column + " = ANY(?)";
    }
    return " FROM UNNEST(?) AS wmo_keys(wmo_key) JOIN " + table + " ON " + column + " = wmo_keys.wmo_key WHERE 1 = 1";
  }

  /** Whether this data source is PostgreSQL through pgjdbc; asked once. */
  public boolean postgres() {
    Boolean known = postgres;
    if (known == null) {
      try (Connection c = dataSource.getConnection()) {
        known = isPostgres(c);
      } catch (SQLException e) {
        throw SqlFaults.infrastructure("database unreachable", e);
      }
      postgres = known;
    }
    return known;
  }

  /** Whether {@code c} is a PostgreSQL connection of pgjdbc (the optional driver is on the class path): pipelines and COPY. */
  public static boolean isPostgres(Connection c) throws SQLException {
    return Postgres.AVAILABLE && Postgres.is(c);
  }

  /** All rows of {@code sql} with {@code params} bound, mapped. */
  public static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return rows(ps.executeQuery(), mapper);
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
      } else if (p instanceof SqlArray) {
        SqlArray a = (SqlArray) p;
        ps.setArray(i + 1, ps.getConnection().createArrayOf(a.type(), a.values()));
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

  /**
   * Whether {@code e} (or a cause) is a deadlock or serialization failure between concurrent
   * transactions: SQLSTATE class 40 (H2's and PostgreSQL's deadlocks are 40001 and 40P01).
   */
  public static boolean isConcurrencyFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        for (SQLException s = (SQLException) t; s != null; s = s.getNextException()) {
          if (s.getSQLState() != null && s.getSQLState().startsWith("40")) {
            return true;
          }
        }
      }
    }
    return false;
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
