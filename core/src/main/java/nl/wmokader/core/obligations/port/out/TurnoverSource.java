package nl.wmokader.core.obligations.port.out;

import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;

/**
 * A provider's yearly turnover in the region [DOMAIN §6]: approved debit lines minus approved credit
 * lines of its claims whose product period lies in the year; recoveries are not subtracted.
 * Contracting owns this port because settlement lies downstream; the core's composition implements
 * it over settlement.
 */
@FunctionalInterface
public interface TurnoverSource {

  /** The turnover of {@code provider} in {@code year} so far; zero when it claimed nothing. */
  Money turnover(AgbCode provider, int year);
}
