package nl.wmokader.core.supervision.port.out;

import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;

/**
 * A provider's turnover in the region in a calendar year, as contracting's obligations count it: a
 * risk factor of the proactive selection. Supervision owns this port because no upstream use case
 * answers turnover; the core's composition implements it over settlement's claims.
 */
@FunctionalInterface
public interface ProviderTurnover {

  /** The turnover of {@code provider} in {@code year}; zero when it claimed nothing. */
  Money of(AgbCode provider, int year);
}
