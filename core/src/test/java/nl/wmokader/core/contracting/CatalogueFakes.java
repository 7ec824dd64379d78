package nl.wmokader.core.contracting;

import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.BiFunction;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.FindProductUseCase;
import nl.wmokader.core.catalogue.port.in.FindReferenceTariffUseCase;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;

/**
 * Small stand-ins for the catalogue's use cases, which contracting calls but does not own: the
 * catalogue's own services are tested in its subdomain. Kept in one place so that a change of
 * {@link ProductVersion} touches one file here.
 */
public final class CatalogueFakes {
  private CatalogueFakes() {}

  /** A catalogue where {@code product} exists exactly on the days of its validity in {@code products}. */
  public static FindProductUseCase products(Map<ProductCode, DateRange> products) {
    return (actor, query) -> products.get(query.code())
        .filter(validity -> validity.contains(query.asOf()))
        .map(validity -> version(query.code(), validity))
        .toEither(() -> new CommonError.NotFound("Product", query.code().value()));
  }

  /** A catalogue that knows every product on every day, each with the variant {@code variants} gives it (effort-based if none). */
  public static FindProductUseCase everyProduct(Map<ProductCode, ExecutionVariant> variants) {
    return (actor, query) -> Either.right(ProductVersion.copyOf(version(query.code(), DateRange.from(LocalDate.of(2000, 1, 1))))
        .withVariant(variants.get(query.code()).getOrElse(ExecutionVariant.EFFORT_BASED)));
  }

  /** A catalogue that knows every product on every day. */
  public static FindProductUseCase everyProduct() {
    return (actor, query) -> Either.right(version(query.code(), DateRange.from(LocalDate.of(2000, 1, 1))));
  }

  /** Reference tariffs as {@code tariff} says; every product is known. */
  public static FindReferenceTariffUseCase referenceTariffs(BiFunction<ProductCode, LocalDate, Option<Money>> tariff) {
    return (actor, query) -> Either.right(tariff.apply(query.code(), query.asOf()));
  }

  /** No reference tariff for any product on any day. */
  public static FindReferenceTariffUseCase noReferenceTariffs() {
    return referenceTariffs((product, date) -> Option.none());
  }

  private static ProductVersion version(ProductCode code, DateRange validity) {
    return ProductVersion.builder()
        .code(code)
        .category(ProductCategory.GUIDANCE)
        .name("Product " + code)
        .unit(Unit.HOUR)
        .variant(ExecutionVariant.EFFORT_BASED)
        .validity(validity)
        .build();
  }
}
