package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.wmokader.core.obligations.domain.SpendingKind;
import nl.wmokader.core.obligations.domain.SpendingReport;
import nl.wmokader.core.obligations.port.out.SpendingReportRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;

/** {@link SpendingReportRepository} on JDBC: a versioned row per provider, year and kind. */
public final class JdbcSpendingReportRepository implements SpendingReportRepository {

  private static final String SELECT = "SELECT provider, obligation_year, kind, amount_cents, description, reported_on, version"
      + " FROM wmo_spending_report";

  private final Jdbc jdbc;

  public JdbcSpendingReportRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<SpendingReport> find(AgbCode provider, int year, SpendingKind kind) {
    return jdbc.read(c -> Jdbc.queryFirst(c, SELECT + " WHERE provider = ? AND obligation_year = ? AND kind = ?",
        JdbcSpendingReportRepository::report, provider.value(), year, kind));
  }

  @Override
  public Seq<SpendingReport> findByProviderAndYear(AgbCode provider, int year) {
    // kinds in their declared order, not the alphabetical order of their names
    return jdbc.read(c -> List.ofAll(Jdbc.query(c, SELECT + " WHERE provider = ? AND obligation_year = ?",
        JdbcSpendingReportRepository::report, provider.value(), year)).sortBy(SpendingReport::kind));
  }

  private static SpendingReport report(ResultSet rs) throws SQLException {
    return SpendingReport.builder()
        .provider(AgbCode.of(rs.getString("provider")))
        .year(rs.getInt("obligation_year"))
        .kind(SpendingKind.valueOf(rs.getString("kind")))
        .amount(Money.ofCents(rs.getLong("amount_cents")))
        .description(Option.of(rs.getString("description")))
        .reportedOn(Jdbc.date(rs, "reported_on").get())
        .version(rs.getLong("version"))
        .build();
  }

  @Override
  public Either<DomainError, SpendingReport> save(SpendingReport report) {
    DomainError stale = new CommonError.StaleVersion("SpendingReport",
        report.provider() + "/" + report.year() + "/" + report.kind(), report.version());
    return jdbc.change(c -> {
      long next = report.version() + 1;
      int rows = report.version() == 0
          ? Jdbc.update(c, "INSERT INTO wmo_spending_report (provider, obligation_year, kind, amount_cents, description,"
                  + " reported_on, version) VALUES (?, ?, ?, ?, ?, ?, ?)",
              report.provider().value(), report.year(), report.kind(), report.amount().cents(), report.description(),
              report.reportedOn(), next)
          : Jdbc.update(c, "UPDATE wmo_spending_report SET amount_cents = ?, description = ?, reported_on = ?, version = ?"
                  + " WHERE provider = ? AND obligation_year = ? AND kind = ? AND version = ?",
              report.amount().cents(), report.description(), report.reportedOn(), next,
              report.provider().value(), report.year(), report.kind(), report.version());
      return rows == 1 ? Either.right(report.withVersion(next)) : Either.left(stale);
    }, () -> stale);
  }
}
