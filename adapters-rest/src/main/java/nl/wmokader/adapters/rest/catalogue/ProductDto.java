package nl.wmokader.adapters.rest.catalogue;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.catalogue.domain.Product;
import nl.wmokader.core.catalogue.domain.ReferenceTariff;

/**
 * A whole product: its code, category and owner for good, every version and every reference tariff
 * in date order; {@code version} is the optimistic-locking version.
 */
public record ProductDto(String code, String category, String localTo, List<ProductVersionDto> versions,
    List<ReferenceTariffDto> referenceTariffs, long version) {

  public static ProductDto from(Product p) {
    return new ProductDto(
        p.code().value(),
        p.category().name(),
        p.localTo().map(m -> m.value()).getOrNull(),
        p.versions().map(ProductVersionDto::from).toJavaList(),
        p.tariffs().map(ReferenceTariffDto::from).toJavaList(),
        p.version());
  }

  /** A reference tariff per unit in cents, in force from {@code from} to {@code until} (absent: open-ended). */
  public record ReferenceTariffDto(long tariffCents, LocalDate from, LocalDate until) {
    public static ReferenceTariffDto from(ReferenceTariff t) {
      return new ReferenceTariffDto(t.perUnit().cents(), t.validity().start(), t.validity().end().getOrNull());
    }
  }
}
