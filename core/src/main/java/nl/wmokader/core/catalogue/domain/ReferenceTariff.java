package nl.wmokader.core.catalogue.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;

/**
 * The region's reference tariff (referentietarief) per unit of a product, in force over
 * {@code validity}. A contract lot's own tariff wins over it.
 */
public record ReferenceTariff(Money perUnit, DateRange validity) {
  public ReferenceTariff {
    requireNonNull(perUnit, "perUnit");
    requireNonNull(validity, "validity");
    if (perUnit.isNegative()) {
      throw new IllegalArgumentException("a reference tariff is not negative");
    }
  }

  public boolean inForceOn(LocalDate date) {
    return validity.contains(date);
  }
}
