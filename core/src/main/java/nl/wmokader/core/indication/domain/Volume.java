package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;

/**
 * A granted or assigned amount of support: {@code quantity} of {@code unit} per {@code frequency},
 * e.g. 3 hours per week. With unit {@link Unit#EUROS} the quantity is an amount in cents.
 */
public record Volume(long quantity, Unit unit, Frequency frequency) {
  public Volume {
    requireNonNull(unit, "unit");
    requireNonNull(frequency, "frequency");
    if (quantity <= 0) {
      throw new IllegalArgumentException("a volume is positive");
    }
  }
}
