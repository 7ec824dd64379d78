package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.wmokader.core.contracting.domain.ChamberOfCommerceNumber;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.contracting.domain.SupervisionContact;
import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * {@link ProviderRepository} on JDBC: one row per provider, keyed by AGB code; the delivery forms
 * as two flags, the supervision contact as three columns (all absent, or all present).
 */
public final class JdbcProviderRepository implements ProviderRepository {

  private static final String COLUMNS =
      "agb, name, chamber_of_commerce, in_kind, personal_budget, contact_name, contact_email, contact_phone, version";

  private final Jdbc jdbc;

  public JdbcProviderRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<Provider> findByAgb(AgbCode agb) {
    return jdbc.read(c -> Jdbc.queryFirst(c, "SELECT " + COLUMNS + " FROM wmo_provider WHERE agb = ?",
        JdbcProviderRepository::provider, agb.value()));
  }

  @Override
  public Page<Provider> findAll(PageRequest page) {
    return jdbc.read(c -> {
      long total = Jdbc.queryFirst(c, "SELECT COUNT(*) AS n FROM wmo_provider", rs -> rs.getLong("n")).get();
      List<Provider> items = List.ofAll(Jdbc.query(c,
          "SELECT " + COLUMNS + " FROM wmo_provider ORDER BY agb LIMIT ? OFFSET ?",
          JdbcProviderRepository::provider, page.limit(), (long) page.offset()));
      return new Page<>(items, total, page);
    });
  }

  private static Provider provider(ResultSet rs) throws SQLException {
    List<ProviderDeliveryForm> forms = List.empty();
    if (rs.getBoolean("in_kind")) {
      forms = forms.append(ProviderDeliveryForm.IN_KIND);
    }
    if (rs.getBoolean("personal_budget")) {
      forms = forms.append(ProviderDeliveryForm.PERSONAL_BUDGET);
    }
    String contactName = rs.getString("contact_name");
    return Provider.builder()
        .agb(AgbCode.of(rs.getString("agb")))
        .name(rs.getString("name"))
        .chamberOfCommerce(Option.of(rs.getString("chamber_of_commerce")).map(ChamberOfCommerceNumber::of))
        .deliveryForms(forms)
        .supervisionContact(contactName == null ? Option.none() : Option.some(
            new SupervisionContact(contactName, rs.getString("contact_email"), rs.getString("contact_phone"))))
        .version(rs.getLong("version"))
        .build();
  }

  @Override
  public Either<DomainError, Provider> save(Provider provider) {
    String agb = provider.agb().value();
    Option<SupervisionContact> contact = provider.supervisionContact();
    Object[] values = {
        provider.name(),
        provider.chamberOfCommerce().map(ChamberOfCommerceNumber::value),
        provider.delivers(ProviderDeliveryForm.IN_KIND),
        provider.delivers(ProviderDeliveryForm.PERSONAL_BUDGET),
        contact.map(SupervisionContact::name),
        contact.map(SupervisionContact::email),
        contact.map(SupervisionContact::phone)};
    return jdbc.change(c -> {
      long next = provider.version() + 1;
      int rows = provider.version() == 0
          ? Jdbc.update(c, "INSERT INTO wmo_provider (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              concat(new Object[] {agb}, values, new Object[] {next}))
          : Jdbc.update(c, "UPDATE wmo_provider SET name = ?, chamber_of_commerce = ?, in_kind = ?, personal_budget = ?,"
                  + " contact_name = ?, contact_email = ?, contact_phone = ?, version = ? WHERE agb = ? AND version = ?",
              concat(values, new Object[] {next, agb, provider.version()}));
      return rows == 1
          ? Either.right(provider.withVersion(next))
          : Either.left(new CommonError.StaleVersion("Provider", agb, provider.version()));
    }, () -> new CommonError.Duplicate("Provider", agb));
  }

  private static Object[] concat(Object[]... parts) {
    return List.of(parts).flatMap(List::of).toJavaArray();
  }
}
