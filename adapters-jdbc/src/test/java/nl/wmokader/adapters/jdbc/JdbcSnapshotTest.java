package nl.wmokader.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import nl.wmokader.core.shared.InfrastructureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A read in one snapshot, on H2 over a pool of one connection, so that what a read leaves behind shows. */
class JdbcSnapshotTest {
  private HikariDataSource pool;
  private Jdbc jdbc;

  @BeforeEach
  void open() throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:snapshot-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64");
    config.setMaximumPoolSize(1);
    pool = new HikariDataSource(config);
    jdbc = new Jdbc(pool);
    try (Connection c = pool.getConnection()) {
      Jdbc.update(c, "CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(20))");
      Jdbc.update(c, "INSERT INTO item VALUES (1, 'one'), (2, 'two')");
    }
  }

  @AfterEach
  void close() {
    pool.close();
  }

  @Test
  void readsOfSeveralQueriesAnswerEachOnesRowsAndLeaveTheConnectionAsTheyFoundIt() throws SQLException {
    for (int i = 0; i < 3; i++) {
      Jdbc.Query<String> one = Jdbc.Query.of("SELECT name FROM item WHERE id = ?", rs -> rs.getString(1), 1);
      Jdbc.Query<Integer> count = Jdbc.Query.of("SELECT COUNT(*) FROM item", rs -> rs.getInt(1));
      Jdbc.Answers answers = jdbc.read(one, count);
      assertThat(answers.of(one)).containsExactly("one");
      assertThat(answers.of(count)).containsExactly(2);
    }
    assertUntouched();
  }

  @Test
  void aFailedReadIsRolledBackAndTheNextOneSeesCommittedData() throws SQLException {
    assertThatThrownBy(() -> jdbc.read(c -> Jdbc.query(c, "SELECT nothing FROM item", rs -> 1)))
        .isInstanceOf(InfrastructureException.class);
    assertUntouched();
    jdbc.change(c -> io.vavr.control.Either.right(Jdbc.update(c, "INSERT INTO item VALUES (3, 'three')")),
        () -> null);
    assertThat(jdbc.select("SELECT name FROM item ORDER BY id", rs -> rs.getString(1)))
        .containsExactly("one", "two", "three");
  }

  private void assertUntouched() throws SQLException {
    try (Connection c = pool.getConnection()) {
      assertThat(c.getAutoCommit()).isTrue();
      assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }
  }
}
