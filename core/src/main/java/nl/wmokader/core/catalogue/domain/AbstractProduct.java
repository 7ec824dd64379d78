package nl.wmokader.core.catalogue.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainStyle;
import nl.wmokader.core.shared.MunicipalityCode;
import org.immutables.value.Value;

/**
 * A product of the catalogue: one code in one category for good, its versions over time
 * (ordered, never overlapping, gaps allowed), the region's reference tariffs per unit (ordered,
 * never overlapping), and, for a member municipality's own product, that member. The aggregate
 * root of this subdomain, identified by its code.
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractProduct {

  public abstract ProductCode code();

  public abstract ProductCategory category();

  /** The member whose own (local) product this is, or none for a regional product. */
  @Value.Default
  public Option<MunicipalityCode> localTo() {
    return Option.none();
  }

  /** Ordered by start, never overlapping; at least one. */
  public abstract Seq<ProductVersion> versions();

  /** Ordered by start, never overlapping; possibly none. */
  @Value.Default
  public Seq<ReferenceTariff> tariffs() {
    return List.empty();
  }

  /** Optimistic-locking version: 0 before the first save. */
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    if (versions().isEmpty()) {
      throw new IllegalStateException("a product has at least one version");
    }
    for (ProductVersion v : versions()) {
      if (!v.code().equals(code()) || v.category() != category() || !v.localTo().equals(localTo())) {
        throw new IllegalStateException("version " + v.validity() + " does not belong to product " + code());
      }
    }
    if (!orderedAndDisjoint(versions().map(ProductVersion::validity))) {
      throw new IllegalStateException("versions of " + code() + " are not ordered and disjoint");
    }
    if (!orderedAndDisjoint(tariffs().map(ReferenceTariff::validity))) {
      throw new IllegalStateException("reference tariffs of " + code() + " are not ordered and disjoint");
    }
  }

  private static boolean orderedAndDisjoint(Seq<DateRange> ranges) {
    return ranges.sliding(2).forAll(pair -> pair.size() < 2
        || pair.get(0).end().exists(e -> e.isBefore(pair.get(1).start())));
  }

  /** A new product with its first version; the version fixes code, category and owner. */
  public static Product define(ProductVersion first) {
    return Product.builder()
        .code(first.code())
        .category(first.category())
        .localTo(first.localTo())
        .versions(List.of(first))
        .build();
  }

  public boolean isLocal() {
    return localTo().isDefined();
  }

  /**
   * Whether {@code actor} may see this product: everyone sees regional products; a member-local
   * product is hidden from the staff of other members only.
   */
  public boolean isVisibleTo(Actor actor) {
    return localTo().isEmpty()
        || actor.role() != Actor.Role.MUNICIPALITY
        || actor.municipality().equals(localTo());
  }

  /** The version whose validity contains {@code date}, if any. */
  public Option<ProductVersion> versionOn(LocalDate date) {
    return versions().find(v -> v.validity().contains(date));
  }

  /** The reference tariff in force on {@code date}, if any. */
  public Option<ReferenceTariff> referenceTariffOn(LocalDate date) {
    return tariffs().find(t -> t.inForceOn(date));
  }

  public ProductVersion latestVersion() {
    return versions().last();
  }

  /**
   * Adds {@code next} as the newest version. The latest version, when it is still valid on
   * {@code next}'s start, is closed the day before. {@code next} must start after every existing
   * version's start ({@code VersionOverlap}) and keep the category ({@code CategoryMismatch});
   * code and owner are taken from this product.
   */
  public Either<CatalogueError, Product> revise(ProductVersion next) {
    if (next.category() != category()) {
      return Either.left(new CatalogueError.CategoryMismatch(code(), category(), next.category()));
    }
    ProductVersion latest = latestVersion();
    LocalDate from = next.validity().start();
    if (!from.isAfter(latest.validity().start())) {
      return Either.left(new CatalogueError.VersionOverlap(code(), from, latest.validity().start()));
    }
    Seq<ProductVersion> kept = latest.validity().contains(from)
        ? versions().init().append(latest.withValidity(latest.validity().withEnd(from.minusDays(1))))
        : versions();
    return Either.right(Product.copyOf(this).withVersions(kept.append(
        ProductVersion.copyOf(next).withCode(code()).withLocalTo(localTo()))));
  }

  /**
   * Sets a reference tariff. An open-ended tariff that starts before {@code tariff} is closed the
   * day before; any other overlap is a {@code TariffOverlap}.
   */
  public Either<CatalogueError, Product> setReferenceTariff(ReferenceTariff tariff) {
    LocalDate from = tariff.validity().start();
    Seq<ReferenceTariff> given = tariffs().map(t ->
        t.validity().isOpenEnded() && t.validity().start().isBefore(from)
            ? new ReferenceTariff(t.perUnit(), t.validity().withEnd(from.minusDays(1)))
            : t);
    Option<ReferenceTariff> clash = given.find(t -> t.validity().overlaps(tariff.validity()));
    if (clash.isDefined()) {
      return Either.left(new CatalogueError.TariffOverlap(code(), tariff.validity(), clash.get().validity()));
    }
    Seq<ReferenceTariff> all = given.append(tariff).sortBy(t -> t.validity().start());
    return Either.right(Product.copyOf(this).withTariffs(all));
  }
}
