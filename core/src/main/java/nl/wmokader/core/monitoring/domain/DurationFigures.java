package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.shared.AgbCode;

/**
 * The duration of support of one provider in one product category: over the supports whose delivery
 * stopped in the filter's months, the days from the reported start to the stop, both counted (a
 * delivery of one day lasts 1 day). A chain of replacements after changes of volume is one support,
 * counted once as its last part, from the earliest start of its parts ({@link ChainLink}).
 */
public record DurationFigures(AgbCode provider, ProductCategory category, Distribution days) {
  public DurationFigures {
    requireNonNull(provider, "provider");
    requireNonNull(category, "category");
    requireNonNull(days, "days");
  }
}
