package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.shared.AgbCode;

/**
 * What supervision saw of one provider in the filter's months: the signals received, the calamities
 * and violence incidents that occurred, the investigations opened. Counts only: no signal's text,
 * no case, no client. A provider with none of the three in the months has no row.
 */
public record SupervisionFigures(AgbCode provider, long signals, long calamities, long investigationsOpened) {
  public SupervisionFigures {
    requireNonNull(provider, "provider");
    if (signals < 0 || calamities < 0 || investigationsOpened < 0) {
      throw new IllegalArgumentException("counts are not negative");
    }
  }
}
