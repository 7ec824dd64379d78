package nl.wmokader.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.shared.MunicipalityCode;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V20 numbers the assignments stored before it per responsible municipality in the order they were
 * issued (then by id), and the municipality's sequence continues after the last. Run on H2 and
 * PostgreSQL.
 */
abstract class AssignmentNumberMigration {

  /** A data source on an empty schema, and the schema's name (null: the default one). */
  protected abstract DataSource emptyDatabase();

  protected abstract String schema();

  private static final String OSS = "0828";
  private static final String BERNHEZE = "1721";

  @Test
  void stored_assignments_are_numbered_per_municipality_in_issue_order() throws SQLException {
    DataSource db = emptyDatabase();
    flyway(db, "18").migrate();
    // issued: Oss on days 3, 1, 1 (two the same day: by id), Bernheze on day 2
    try (Connection c = db.getConnection()) {
      insert(c, new UUID(0, 5), OSS, 3);
      insert(c, new UUID(0, 9), OSS, 1);
      insert(c, new UUID(0, 7), OSS, 1);
      insert(c, new UUID(0, 1), BERNHEZE, 2);
    }

    flyway(db, null).migrate();

    JdbcAssignmentRepository repo = new JdbcAssignmentRepository(db);
    assertThat(number(repo, new UUID(0, 7))).isEqualTo(1);
    assertThat(number(repo, new UUID(0, 9))).isEqualTo(2);
    assertThat(number(repo, new UUID(0, 5))).isEqualTo(3);
    assertThat(number(repo, new UUID(0, 1))).isEqualTo(1);
    assertThat(repo.findByNumbers(MunicipalityCode.of(OSS), List.of(AssignmentNumber.of(2))).map(Assignment::id))
        .containsExactly(new AssignmentId(new UUID(0, 9)));
    assertThat(repo.nextNumber(MunicipalityCode.of(OSS))).contains(AssignmentNumber.of(4));
    assertThat(repo.nextNumber(MunicipalityCode.of(BERNHEZE))).contains(AssignmentNumber.of(2));
    assertThat(repo.nextNumber(MunicipalityCode.of("1652"))).contains(AssignmentNumber.of(1));
  }

  private static long number(JdbcAssignmentRepository repo, UUID id) {
    return repo.findById(new AssignmentId(id)).get().number().get().value();
  }

  private static void insert(Connection c, UUID id, String municipality, int day) throws SQLException {
    Jdbc.update(c, "INSERT INTO wmo_assignment (id, indication_id, client, responsible, provider, assignment_type, "
            + "category, start_date, assigned_on, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, new UUID(1, id.getLeastSignificantBits()), "999900018", municipality, "98000001", "ASPECIFIC", "GUIDANCE",
        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, day), "ASSIGNED", 1L);
  }

  private Flyway flyway(DataSource db, String target) {
    var config = Flyway.configure().dataSource(db).locations(WmoKaderSchema.LOCATION).table(WmoKaderSchema.HISTORY_TABLE);
    if (schema() != null) {
      config = config.schemas(schema()).defaultSchema(schema());
    }
    if (target != null) {
      config = config.target(target);
    }
    return config.load();
  }
}
