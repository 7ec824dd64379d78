package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.catalogue.domain.ReferenceTariff;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.out.ProductRepository;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * {@link ProductRepository} on JDBC: a row per product in {@code wmo_product}, its versions in
 * {@code wmo_product_version} and its reference tariffs in {@code wmo_reference_tariff}, both
 * rewritten on every save.
 */
public final class JdbcProductRepository implements ProductRepository {

  private static final String HEADS = "SELECT code, category, local_to, version FROM wmo_product";
  private static final String VERSIONS = "SELECT product_code, valid_from, valid_until, name, unit, variant, frequency"
      + " FROM wmo_product_version";
  private static final String TARIFFS = "SELECT product_code, valid_from, valid_until, cents FROM wmo_reference_tariff";

  private final Jdbc jdbc;

  public JdbcProductRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  /** The product row, before its children are attached. */
  private record Head(ProductCode code, ProductCategory category, Option<MunicipalityCode> localTo, long version) {}

  /** The product row and its children in one snapshot: one round trip on PostgreSQL. */
  @Override
  public Option<Product> findByCode(ProductCode code) {
    Jdbc.Query<Head> head = Jdbc.Query.of(HEADS + " WHERE code = ?", JdbcProductRepository::head, code.value());
    Jdbc.Query<Versioned> versions = Jdbc.Query.of(VERSIONS + " WHERE product_code = ? ORDER BY valid_from",
        JdbcProductRepository::version, code.value());
    Jdbc.Query<Priced> tariffs = Jdbc.Query.of(TARIFFS + " WHERE product_code = ? ORDER BY valid_from",
        JdbcProductRepository::tariff, code.value());
    Jdbc.Answers read = jdbc.read(head, versions, tariffs);
    if (read.of(head).isEmpty()) {
      return Option.none();
    }
    return Option.some(assemble(read.of(head).get(0), List.ofAll(read.of(versions)), List.ofAll(read.of(tariffs))));
  }

  /** Every product with its children in one snapshot: one round trip on PostgreSQL. */
  @Override
  public Seq<Product> findAll() {
    Jdbc.Query<Head> head = Jdbc.Query.of(HEADS, JdbcProductRepository::head);
    Jdbc.Query<Versioned> version = Jdbc.Query.of(VERSIONS + " ORDER BY valid_from", JdbcProductRepository::version);
    Jdbc.Query<Priced> tariff = Jdbc.Query.of(TARIFFS + " ORDER BY valid_from", JdbcProductRepository::tariff);
    Jdbc.Answers read = jdbc.read(head, version, tariff);
    // Sorted here, not by the database: a PostgreSQL collation may order codes unlike ProductCode.
    List<Head> heads = List.ofAll(read.of(head)).sortBy(Head::code);
    Map<String, List<Versioned>> versions = HashMap.ofEntries(List.ofAll(read.of(version)).groupBy(Versioned::product));
    Map<String, List<Priced>> tariffs = HashMap.ofEntries(List.ofAll(read.of(tariff)).groupBy(Priced::product));
    return heads.map(h -> assemble(h,
        versions.get(h.code().value()).getOrElse(List.empty()),
        tariffs.get(h.code().value()).getOrElse(List.empty())));
  }

  @Override
  public Either<DomainError, Product> save(Product product) {
    String code = product.code().value();
    DomainError stale = new CommonError.StaleVersion("Product", code, product.version());
    DomainError duplicate = new CommonError.Duplicate("Product", code);
    return jdbc.change(c -> {
      long next = product.version() + 1;
      if (product.version() == 0) {
        Jdbc.update(c, "INSERT INTO wmo_product (code, category, local_to, version) VALUES (?, ?, ?, ?)",
            code, product.category(), product.localTo().map(MunicipalityCode::value), next);
      } else {
        int rows = Jdbc.update(c, "UPDATE wmo_product SET category = ?, local_to = ?, version = ? WHERE code = ? AND version = ?",
            product.category(), product.localTo().map(MunicipalityCode::value), next, code, product.version());
        if (rows != 1) {
          return Either.left(stale);
        }
        Jdbc.update(c, "DELETE FROM wmo_product_version WHERE product_code = ?", code);
        Jdbc.update(c, "DELETE FROM wmo_reference_tariff WHERE product_code = ?", code);
      }
      writeChildren(c, product);
      return Either.right(product.withVersion(next));
    }, () -> product.version() == 0 ? duplicate : stale);
  }

  private static void writeChildren(Connection c, Product product) throws SQLException {
    String code = product.code().value();
    Jdbc.batch(c, "INSERT INTO wmo_product_version (product_code, valid_from, valid_until, name, unit, variant, frequency)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        product.versions().map(v -> new Object[] {
            code, v.validity().start(), v.validity().end(), v.name(), v.unit(), v.variant(), v.frequency()}));
    Jdbc.batch(c, "INSERT INTO wmo_reference_tariff (product_code, valid_from, valid_until, cents) VALUES (?, ?, ?, ?)",
        product.tariffs().map(t -> new Object[] {
            code, t.validity().start(), t.validity().end(), t.perUnit().cents()}));
  }

  /** A version row, keyed by its product. */
  private record Versioned(String product, DateRange validity, String name, Unit unit, ExecutionVariant variant,
      Option<Frequency> frequency) {}

  /** A tariff row, keyed by its product. */
  private record Priced(String product, ReferenceTariff tariff) {}

  private static Head head(ResultSet rs) throws SQLException {
    return new Head(ProductCode.of(rs.getString("code")),
        ProductCategory.valueOf(rs.getString("category")),
        Option.of(rs.getString("local_to")).map(MunicipalityCode::of),
        rs.getLong("version"));
  }

  private static Versioned version(ResultSet rs) throws SQLException {
    return new Versioned(rs.getString("product_code"),
        DateRange.of(Jdbc.date(rs, "valid_from").get(), Jdbc.date(rs, "valid_until")),
        rs.getString("name"),
        Unit.valueOf(rs.getString("unit")),
        ExecutionVariant.valueOf(rs.getString("variant")),
        Option.of(rs.getString("frequency")).map(Frequency::valueOf));
  }

  private static Priced tariff(ResultSet rs) throws SQLException {
    return new Priced(rs.getString("product_code"), new ReferenceTariff(Money.ofCents(rs.getLong("cents")),
        DateRange.of(Jdbc.date(rs, "valid_from").get(), Jdbc.date(rs, "valid_until"))));
  }

  private static Product assemble(Head head, List<Versioned> versions, List<Priced> tariffs) {
    return Product.builder()
        .code(head.code())
        .category(head.category())
        .localTo(head.localTo())
        .versions(versions.map(v -> ProductVersion.builder()
            .code(head.code())
            .category(head.category())
            .name(v.name())
            .unit(v.unit())
            .variant(v.variant())
            .frequency(v.frequency())
            .validity(v.validity())
            .localTo(head.localTo())
            .build()))
        .tariffs(tariffs.map(Priced::tariff))
        .version(head.version())
        .build();
  }
}
