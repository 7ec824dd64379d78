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
 * The finest cell of the use and cost figures: one month, member, provider, product category and
 * product (none for an assignment without a product code: aspecific or generic).
 */
public record FigureKey(YearMonth month, MunicipalityCode member, AgbCode provider, ProductCategory category,
                        Option<ProductCode> product) {

  /** Month, member, provider, category (iWmo code), product (none first). */
  public static final Comparator<FigureKey> ORDER = Comparator.comparing(FigureKey::month)
      .thenComparing(k -> k.member().value())
      .thenComparing(k -> k.provider().value())
      .thenComparing(k -> k.category().code())
      .thenComparing(k -> k.product().map(ProductCode::value).getOrElse(""));

  public FigureKey {
    requireNonNull(month, "month");
    requireNonNull(member, "member");
    requireNonNull(provider, "provider");
    requireNonNull(category, "category");
    requireNonNull(product, "product");
  }
}
