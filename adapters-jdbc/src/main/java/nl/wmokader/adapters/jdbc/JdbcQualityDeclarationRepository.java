package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.wmokader.core.obligations.domain.QualityDeclaration;
import nl.wmokader.core.obligations.port.out.QualityDeclarationRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;

/** {@link QualityDeclarationRepository} on JDBC: a versioned row per provider and year. */
public final class JdbcQualityDeclarationRepository implements QualityDeclarationRepository {

  private final Jdbc jdbc;

  public JdbcQualityDeclarationRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<QualityDeclaration> find(AgbCode provider, int year) {
    return jdbc.read(c -> Jdbc.queryFirst(c, "SELECT provider, obligation_year, statement, declared_on, version"
            + " FROM wmo_quality_declaration WHERE provider = ? AND obligation_year = ?",
        JdbcQualityDeclarationRepository::declaration, provider.value(), year));
  }

  private static QualityDeclaration declaration(ResultSet rs) throws SQLException {
    return QualityDeclaration.builder()
        .provider(AgbCode.of(rs.getString("provider")))
        .year(rs.getInt("obligation_year"))
        .statement(Option.of(rs.getString("statement")))
        .declaredOn(Jdbc.date(rs, "declared_on").get())
        .version(rs.getLong("version"))
        .build();
  }

  @Override
  public Either<DomainError, QualityDeclaration> save(QualityDeclaration declaration) {
    DomainError stale = new CommonError.StaleVersion("QualityDeclaration",
        declaration.provider() + "/" + declaration.year(), declaration.version());
    return jdbc.change(c -> {
      long next = declaration.version() + 1;
      int rows = declaration.version() == 0
          ? Jdbc.update(c, "INSERT INTO wmo_quality_declaration (provider, obligation_year, statement, declared_on, version)"
                  + " VALUES (?, ?, ?, ?, ?)",
              declaration.provider().value(), declaration.year(), declaration.statement(), declaration.declaredOn(), next)
          : Jdbc.update(c, "UPDATE wmo_quality_declaration SET statement = ?, declared_on = ?, version = ?"
                  + " WHERE provider = ? AND obligation_year = ? AND version = ?",
              declaration.statement(), declaration.declaredOn(), next, declaration.provider().value(), declaration.year(),
              declaration.version());
      return rows == 1 ? Either.right(declaration.withVersion(next)) : Either.left(stale);
    }, () -> stale);
  }
}
