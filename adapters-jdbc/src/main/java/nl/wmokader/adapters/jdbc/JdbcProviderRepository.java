package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/** {@link ProviderRepository} on JDBC: one row per provider, keyed by AGB code. */
public final class JdbcProviderRepository implements ProviderRepository {

  private final Jdbc jdbc;

  public JdbcProviderRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<Provider> findByAgb(AgbCode agb) {
    return jdbc.read(c -> Jdbc.queryFirst(c, "SELECT agb, name, version FROM wmo_provider WHERE agb = ?",
        JdbcProviderRepository::provider, agb.value()));
  }

  @Override
  public Page<Provider> findAll(PageRequest page) {
    return jdbc.read(c -> {
      long total = Jdbc.queryFirst(c, "SELECT COUNT(*) AS n FROM wmo_provider", rs -> rs.getLong("n")).get();
      List<Provider> items = List.ofAll(Jdbc.query(c,
          "SELECT agb, name, version FROM wmo_provider ORDER BY agb LIMIT ? OFFSET ?",
          JdbcProviderRepository::provider, page.limit(), (long) page.offset()));
      return new Page<>(items, total, page);
    });
  }

  private static Provider provider(ResultSet rs) throws SQLException {
    return Provider.builder()
        .agb(AgbCode.of(rs.getString("agb")))
        .name(rs.getString("name"))
        .version(rs.getLong("version"))
        .build();
  }

  @Override
  public Either<DomainError, Provider> save(Provider provider) {
    String agb = provider.agb().value();
    return jdbc.change(c -> {
      long next = provider.version() + 1;
      int rows = provider.version() == 0
          ? Jdbc.update(c, "INSERT INTO wmo_provider (agb, name, version) VALUES (?, ?, ?)", agb, provider.name(), next)
          : Jdbc.update(c, "UPDATE wmo_provider SET name = ?, version = ? WHERE agb = ? AND version = ?",
              provider.name(), next, agb, provider.version());
      return rows == 1
          ? Either.right(provider.withVersion(next))
          : Either.left(new CommonError.StaleVersion("Provider", agb, provider.version()));
    }, () -> new CommonError.Duplicate("Provider", agb));
  }
}
