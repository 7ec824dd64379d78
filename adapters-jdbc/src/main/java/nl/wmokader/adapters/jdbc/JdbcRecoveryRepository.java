package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmokader.core.settlement.domain.Recovery;
import nl.wmokader.core.settlement.domain.RecoveryId;
import nl.wmokader.core.settlement.port.out.RecoveryRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * {@link RecoveryRepository} on JDBC: a row per recovery in {@code wmo_recovery}, its reference
 * unique. References sort in the database's collation (a binary one sorts as Java does).
 */
public final class JdbcRecoveryRepository implements RecoveryRepository {

  private static final String SELECT = "SELECT id, provider, member, recovery_month, amount_cents, reason, reference,"
      + " registered_on FROM wmo_recovery";

  private static final String INSERT = "INSERT INTO wmo_recovery (id, provider, member, recovery_month, amount_cents,"
      + " reason, reference, registered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  private final Jdbc jdbc;

  public JdbcRecoveryRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<Recovery> findByReference(String reference) {
    return jdbc.read(c -> Jdbc.queryFirst(c, SELECT + " WHERE reference = ?", JdbcRecoveryRepository::recovery, reference));
  }

  @Override
  public Seq<Recovery> find(Option<MunicipalityCode> member, YearMonth from, YearMonth until) {
    java.util.List<Object> params = new ArrayList<>();
    String memberTerm = "";
    if (member.isDefined()) {
      memberTerm = "member = ? AND ";
      params.add(member.get().value());
    }
    params.add(from.atDay(1));
    params.add(until.atDay(1));
    String sql = SELECT + " WHERE " + memberTerm
        + "recovery_month >= ? AND recovery_month <= ? ORDER BY recovery_month, member, provider, reference";
    // one statement: one snapshot without a transaction around it
    return List.ofAll(jdbc.select(sql, JdbcRecoveryRepository::recovery, params.toArray()));
  }

  @Override
  public Either<DomainError, Recovery> add(Recovery r) {
    return addAll(List.of(r)).map(Seq::head);
  }

  @Override
  public Either<DomainError, Seq<Recovery>> addAll(Seq<Recovery> recoveries) {
    if (recoveries.isEmpty()) {
      return Either.right(recoveries);
    }
    DomainError duplicate = new CommonError.Duplicate("recovery", recoveries.size() == 1 ? recoveries.head().reference()
        : recoveries.map(Recovery::reference).mkString(", "));
    return jdbc.change(c -> {
      for (Recovery r : recoveries) {
        Jdbc.update(c, INSERT, r.id().value(), r.provider().value(), r.member().value(), r.month().atDay(1),
            r.amount().cents(), r.reason(), r.reference(), r.registeredOn());
      }
      return Either.right(recoveries);
    }, () -> duplicate);
  }

  private static Recovery recovery(ResultSet rs) throws SQLException {
    return new Recovery(new RecoveryId(rs.getObject("id", UUID.class)), AgbCode.of(rs.getString("provider")),
        MunicipalityCode.of(rs.getString("member")), YearMonth.from(Jdbc.date(rs, "recovery_month").get()),
        Money.ofCents(rs.getLong("amount_cents")), rs.getString("reason"), rs.getString("reference"),
        Jdbc.date(rs, "registered_on").get());
  }
}
