package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;

/**
 * A product lot (perceel) of a contract: the provider may deliver {@code product} during
 * {@code validity}, at its own tariff per unit when it has one, else at the catalogue's reference
 * tariff of the day.
 */
public record Lot(ProductCode product, DateRange validity, Option<Money> tariff) {
  public Lot {
    requireNonNull(product, "product");
    requireNonNull(validity, "validity");
    requireNonNull(tariff, "tariff");
    if (tariff.exists(Money::isNegative)) {
      throw new IllegalArgumentException("a lot's tariff is not negative");
    }
  }

  public static Lot of(ProductCode product, DateRange validity) {
    return new Lot(product, validity, Option.none());
  }

  public static Lot of(ProductCode product, DateRange validity, Money tariff) {
    return new Lot(product, validity, Option.some(tariff));
  }

  public boolean covers(ProductCode code, LocalDate date) {
    return product.equals(code) && validity.contains(date);
  }

  /** Whether both lots are of the same product and share a day. */
  public boolean overlaps(Lot other) {
    return product.equals(other.product) && validity.overlaps(other.validity);
  }
}
