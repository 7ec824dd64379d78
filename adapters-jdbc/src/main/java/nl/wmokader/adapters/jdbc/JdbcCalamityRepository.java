package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.CalamityId;
import nl.wmokader.core.supervision.domain.CalamityStatus;
import nl.wmokader.core.supervision.domain.IncidentKind;
import nl.wmokader.core.supervision.port.out.CalamityRepository;

/** {@link CalamityRepository} on JDBC: a versioned row per calamity in {@code wmo_calamity}. */
public final class JdbcCalamityRepository implements CalamityRepository {

  private static final String COLUMNS = "id, provider, kind, occurred_on, reported_on, summary, status, conclusion, "
      + "follow_up, step_on, version";

  /** {@link CalamityRepository#ORDER}: UUIDs sort as their canonical text on H2 and PostgreSQL. */
  private static final String ORDER_BY = " ORDER BY occurred_on, id";

  private final Jdbc jdbc;

  public JdbcCalamityRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<Calamity> findById(CalamityId id) {
    return jdbc.read(c -> Jdbc.queryFirst(c, "SELECT " + COLUMNS + " FROM wmo_calamity WHERE id = ?",
        JdbcCalamityRepository::calamity, id.value()));
  }

  @Override
  public Seq<Calamity> find(Option<AgbCode> provider) {
    return jdbc.read(c -> List.ofAll(provider.isDefined()
        ? Jdbc.query(c, "SELECT " + COLUMNS + " FROM wmo_calamity WHERE provider = ?" + ORDER_BY,
            JdbcCalamityRepository::calamity, provider.get().value())
        : Jdbc.query(c, "SELECT " + COLUMNS + " FROM wmo_calamity" + ORDER_BY, JdbcCalamityRepository::calamity)));
  }

  @Override
  public Either<DomainError, Calamity> save(Calamity k) {
    DomainError stale = new CommonError.StaleVersion("Calamity", k.id().toString(), k.version());
    return jdbc.change(c -> {
      long next = k.version() + 1;
      Object[] values = {k.provider().value(), k.kind(), k.occurredOn(), k.reportedOn(), k.summary(), k.status(),
          k.conclusion(), k.followUp(), k.stepOn(), next};
      int rows;
      if (k.version() == 0) {
        rows = Jdbc.exists(c, "wmo_calamity", k.id().value()) ? 0
            : Jdbc.update(c, "INSERT INTO wmo_calamity (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Jdbc.prepend(k.id().value(), values));
      } else {
        rows = Jdbc.update(c, "UPDATE wmo_calamity SET provider = ?, kind = ?, occurred_on = ?, reported_on = ?, "
                + "summary = ?, status = ?, conclusion = ?, follow_up = ?, step_on = ?, version = ?"
                + " WHERE id = ? AND version = ?",
            Jdbc.append(values, k.id().value(), k.version()));
      }
      return rows == 1 ? Either.right(k.withVersion(next)) : Either.left(stale);
    }, () -> stale);
  }

  private static Calamity calamity(ResultSet rs) throws SQLException {
    return new Calamity(
        new CalamityId(rs.getObject("id", UUID.class)),
        AgbCode.of(rs.getString("provider")),
        IncidentKind.valueOf(rs.getString("kind")),
        Jdbc.date(rs, "occurred_on").get(),
        Jdbc.date(rs, "reported_on").get(),
        rs.getString("summary"),
        CalamityStatus.valueOf(rs.getString("status")),
        Option.of(rs.getString("conclusion")),
        Option.of(rs.getString("follow_up")),
        Jdbc.date(rs, "step_on").get(),
        rs.getLong("version"));
  }
}
