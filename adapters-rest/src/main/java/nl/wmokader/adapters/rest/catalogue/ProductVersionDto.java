package nl.wmokader.adapters.rest.catalogue;

import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductVersion;

/**
 * One version of a product, valid from {@code from} to {@code until} (absent: open-ended); enums by
 * constant name; {@code frequency} and {@code localTo} are absent when the product has none.
 */
public record ProductVersionDto(String code, String category, String name, String unit, String variant,
    String frequency, LocalDate from, LocalDate until, String localTo) {

  public static ProductVersionDto from(ProductVersion v) {
    return new ProductVersionDto(
        v.code().value(),
        v.category().name(),
        v.name(),
        v.unit().name(),
        v.variant().name(),
        v.frequency().map(Enum::name).getOrNull(),
        v.validity().start(),
        v.validity().end().getOrNull(),
        v.localTo().map(m -> m.value()).getOrNull());
  }
}
