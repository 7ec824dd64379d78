package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.catalogue.domain.Unit;

/**
 * Approved claimed volume (the active debits: approved and not credited) of the lines whose period
 * lies in one month, for one key, in one unit: a pre-aggregated row of
 * {@link nl.wmokader.core.monitoring.port.out.MonitoringFacts#delivered}. Time is in
 * {@link Unit#MINUTE} (an hour is 60 minutes), so that an hourly assignment claimed in minutes adds up.
 *
 * @param key the month of the lines' period and the assignment's dimensions
 */
public record DeliveredVolume(FigureKey key, Unit unit, long quantity) {
  public DeliveredVolume {
    requireNonNull(key, "key");
    requireNonNull(unit, "unit");
    if (unit == Unit.HOUR || quantity < 0) {
      throw new IllegalArgumentException("delivered time is in minutes, and not negative");
    }
  }

  /** {@code quantity} of {@code unit} as counted here: hours become minutes. */
  public static DeliveredVolume of(FigureKey key, Unit unit, long quantity) {
    return unit == Unit.HOUR ? new DeliveredVolume(key, Unit.MINUTE, Math.multiplyExact(quantity, 60))
        : new DeliveredVolume(key, unit, quantity);
  }
}
