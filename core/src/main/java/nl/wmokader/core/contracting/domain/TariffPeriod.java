package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;

/** A lot's own tariff per unit over a range of days. */
public record TariffPeriod(DateRange validity, Money tariff) {
  public TariffPeriod {
    requireNonNull(validity, "validity");
    requireNonNull(tariff, "tariff");
    if (tariff.isNegative()) {
      throw new IllegalArgumentException("a tariff is not negative");
    }
  }
}
