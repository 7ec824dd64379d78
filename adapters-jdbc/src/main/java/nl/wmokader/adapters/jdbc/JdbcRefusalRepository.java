package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmokader.core.obligations.domain.Refusal;
import nl.wmokader.core.obligations.domain.RefusalId;
import nl.wmokader.core.obligations.domain.RefusalReason;
import nl.wmokader.core.obligations.port.out.RefusalRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;

/** {@link RefusalRepository} on JDBC: a versioned row per refusal. */
public final class JdbcRefusalRepository implements RefusalRepository {

  private static final String SELECT =
      "SELECT id, provider, refused_on, reason, explanation, recorded_on, version FROM wmo_refusal";

  private final Jdbc jdbc;

  public JdbcRefusalRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<Refusal> findById(RefusalId id) {
    return jdbc.read(c -> Jdbc.queryFirst(c, SELECT + " WHERE id = ?", JdbcRefusalRepository::refusal, id.value()));
  }

  @Override
  public Seq<Refusal> findByProviderAndYear(AgbCode provider, int year) {
    return jdbc.read(c -> List.ofAll(Jdbc.query(c,
        SELECT + " WHERE provider = ? AND refused_on >= ? AND refused_on <= ? ORDER BY refused_on, id",
        JdbcRefusalRepository::refusal, provider.value(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
  }

  private static Refusal refusal(ResultSet rs) throws SQLException {
    return Refusal.builder()
        .id(new RefusalId(rs.getObject("id", UUID.class)))
        .provider(AgbCode.of(rs.getString("provider")))
        .refusedOn(Jdbc.date(rs, "refused_on").get())
        .reason(RefusalReason.valueOf(rs.getString("reason")))
        .explanation(Option.of(rs.getString("explanation")))
        .recordedOn(Jdbc.date(rs, "recorded_on").get())
        .version(rs.getLong("version"))
        .build();
  }

  @Override
  public Either<DomainError, Refusal> save(Refusal refusal) {
    DomainError stale = new CommonError.StaleVersion("Refusal", refusal.id().toString(), refusal.version());
    return jdbc.change(c -> {
      long next = refusal.version() + 1;
      int rows = refusal.version() == 0
          ? Jdbc.update(c, "INSERT INTO wmo_refusal (id, provider, refused_on, reason, explanation, recorded_on, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?)",
              refusal.id().value(), refusal.provider().value(), refusal.refusedOn(), refusal.reason(), refusal.explanation(),
              refusal.recordedOn(), next)
          : Jdbc.update(c, "UPDATE wmo_refusal SET provider = ?, refused_on = ?, reason = ?, explanation = ?,"
                  + " recorded_on = ?, version = ? WHERE id = ? AND version = ?",
              refusal.provider().value(), refusal.refusedOn(), refusal.reason(), refusal.explanation(), refusal.recordedOn(),
              next, refusal.id().value(), refusal.version());
      return rows == 1 ? Either.right(refusal.withVersion(next)) : Either.left(stale);
    }, () -> stale);
  }
}
