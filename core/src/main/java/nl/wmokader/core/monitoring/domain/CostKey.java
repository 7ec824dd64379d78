package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.YearMonth;
import java.util.Comparator;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A cell of the cost table: settlement month, member, provider and, for approved claims, the product
 * category and product ({@link FigureKey}). A recovery names no category or product, so its cell has
 * neither: recovered amounts are never spread over categories they were not registered for.
 */
public record CostKey(YearMonth month, MunicipalityCode member, AgbCode provider, Option<ProductCategory> category,
                      Option<ProductCode> product) {

  /** Month, member, provider, category (iWmo code; none, a recovery's cell, last), product (none first). */
  public static final Comparator<CostKey> ORDER = Comparator.comparing(CostKey::month)
      .thenComparing(k -> k.member().value())
      .thenComparing(k -> k.provider().value())
      .thenComparing(k -> k.category().map(ProductCategory::code).getOrElse("\uffff"))
      .thenComparing(k -> k.product().map(ProductCode::value).getOrElse(""));

  public CostKey {
    requireNonNull(month, "month");
    requireNonNull(member, "member");
    requireNonNull(provider, "provider");
    requireNonNull(category, "category");
    requireNonNull(product, "product");
    if (category.isEmpty() && product.isDefined()) {
      throw new IllegalArgumentException("a product belongs to a category");
    }
  }

  /** The cell of approved claims of {@code key}. */
  public static CostKey of(FigureKey key) {
    return new CostKey(key.month(), key.member(), key.provider(), Option.some(key.category()), key.product());
  }

  /** Whether this cell holds recoveries (no category), not approved claims. */
  public boolean isRecovery() {
    return category.isEmpty();
  }
}
