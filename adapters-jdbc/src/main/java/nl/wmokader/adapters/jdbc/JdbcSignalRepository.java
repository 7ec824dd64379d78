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
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.domain.SignalSeverity;
import nl.wmokader.core.supervision.domain.SignalSource;
import nl.wmokader.core.supervision.domain.SignalStatus;
import nl.wmokader.core.supervision.port.out.SignalRepository;

/** {@link SignalRepository} on JDBC: a versioned row per signal in {@code wmo_signal}. */
public final class JdbcSignalRepository implements SignalRepository {

  private static final String COLUMNS = "id, provider, source, description, received_on, severity, status, "
      + "investigation_id, dismissal_reason, decided_on, version";

  /** {@link SignalRepository#ORDER}: UUIDs sort as their canonical text on H2 and PostgreSQL. */
  private static final String ORDER_BY = " ORDER BY received_on, id";

  private final Jdbc jdbc;

  public JdbcSignalRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<Signal> findById(SignalId id) {
    return jdbc.read(c -> Jdbc.queryFirst(c, "SELECT " + COLUMNS + " FROM wmo_signal WHERE id = ?",
        JdbcSignalRepository::signal, id.value()));
  }

  @Override
  public Seq<Signal> find(Option<AgbCode> provider) {
    return jdbc.read(c -> List.ofAll(provider.isDefined()
        ? Jdbc.query(c, "SELECT " + COLUMNS + " FROM wmo_signal WHERE provider = ?" + ORDER_BY,
            JdbcSignalRepository::signal, provider.get().value())
        : Jdbc.query(c, "SELECT " + COLUMNS + " FROM wmo_signal" + ORDER_BY, JdbcSignalRepository::signal)));
  }

  @Override
  public Either<DomainError, Signal> save(Signal s) {
    DomainError stale = new CommonError.StaleVersion("Signal", s.id().toString(), s.version());
    return jdbc.change(c -> {
      long next = s.version() + 1;
      Object[] values = {s.provider().value(), s.source(), s.description(), s.receivedOn(), s.severity(), s.status(),
          s.investigation().map(InvestigationId::value), s.dismissalReason(), s.decidedOn(), next};
      int rows;
      if (s.version() == 0) {
        // a concurrent insert of the same id fails on the key, which Jdbc.change answers as stale too
        rows = Jdbc.exists(c, "wmo_signal", s.id().value()) ? 0
            : Jdbc.update(c, "INSERT INTO wmo_signal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Jdbc.prepend(s.id().value(), values));
      } else {
        rows = Jdbc.update(c, "UPDATE wmo_signal SET provider = ?, source = ?, description = ?, received_on = ?, "
            + "severity = ?, status = ?, investigation_id = ?, dismissal_reason = ?, decided_on = ?, version = ?"
            + " WHERE id = ? AND version = ?", Jdbc.append(values, s.id().value(), s.version()));
      }
      return rows == 1 ? Either.right(s.withVersion(next)) : Either.left(stale);
    }, () -> stale);
  }

  private static Signal signal(ResultSet rs) throws SQLException {
    return new Signal(
        new SignalId(rs.getObject("id", UUID.class)),
        AgbCode.of(rs.getString("provider")),
        SignalSource.valueOf(rs.getString("source")),
        rs.getString("description"),
        Jdbc.date(rs, "received_on").get(),
        SignalSeverity.valueOf(rs.getString("severity")),
        SignalStatus.valueOf(rs.getString("status")),
        Option.of(rs.getObject("investigation_id", UUID.class)).map(InvestigationId::new),
        Option.of(rs.getString("dismissal_reason")),
        Jdbc.date(rs, "decided_on"),
        rs.getLong("version"));
  }
}
