package nl.wmokader.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import nl.wmokader.core.shared.InfrastructureException;
import org.junit.jupiter.api.Test;

/**
 * A failed statement leaves the adapter without the driver's words, which may quote a BSN: what an
 * embedder's logger prints of the exception (message, causes, next exceptions, suppressed) holds
 * none of them, but still the SQLSTATE and the driver's exception class for diagnosis.
 */
class SqlFaultsTest {
  private static final String BSN = "999900018";

  @Test
  void a_driver_message_with_a_bsn_does_not_survive_anywhere_in_the_chain() {
    BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO wmo_claim_line VALUES ('"
        + BSN + "') was aborted", "23505", 0, new int[0], new IOException("socket said " + BSN));
    batch.setNextException(new SQLException("Detail: Key (client)=(" + BSN + ") already exists", "23505"));
    batch.addSuppressed(new SQLException("rollback of " + BSN + " failed", "08003"));

    InfrastructureException e = SqlFaults.infrastructure("database change failed", batch);

    String printed = printed(e);
    assertThat(printed).doesNotContain(BSN);
    assertThat(e.getMessage()).isEqualTo("database change failed (SQLSTATE 23505)");
    assertThat(printed).contains("java.sql.BatchUpdateException", "java.io.IOException", "SQLSTATE 08003");
    assertThat(e.getCause()).isInstanceOf(BatchUpdateException.class);
    assertThat(((SQLException) e.getCause()).getNextException().getSQLState()).isEqualTo("23505");
    // where it was thrown stays known
    assertThat(e.getCause().getStackTrace()).isEqualTo(batch.getStackTrace());
  }

  @Test
  void a_pool_timeout_stays_a_transient_connection_fault_for_whoever_answers_busy() {
    InfrastructureException e = SqlFaults.infrastructure("database read failed",
        new SQLTransientConnectionException("wmo-kader - Connection is not available, request timed out after 5000ms"));

    assertThat(e.getCause()).isInstanceOf(SQLTransientConnectionException.class);
    assertThat(e.getCause().getMessage()).doesNotContain("request timed out");
  }

  @Test
  void a_real_h2_failure_quoting_a_value_reaches_the_caller_without_it() {
    Jdbc jdbc = new Jdbc(TestDatabases.h2());

    // H2 quotes the value it could not convert in its message
    InfrastructureException e = catchThrowableOfType(InfrastructureException.class, () -> jdbc.change(c -> {
      Jdbc.query(c, "SELECT CAST(? AS INT) AS n", rs -> rs.getInt(1), BSN + "X");
      return Either.right(1);
    }, () -> null));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("database change failed (SQLSTATE 22018)");
    assertThat(printed(e)).doesNotContain(BSN).contains("org.h2.jdbc.JdbcSQLDataException");
  }

  private static String printed(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
