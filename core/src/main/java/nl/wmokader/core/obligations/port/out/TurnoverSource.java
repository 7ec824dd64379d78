package nl.wmokader.core.obligations.port.out;

import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;

/**
 * A provider's yearly turnover in the region [DOMAIN §6]: approved debit lines minus approved credit
 * lines of its claims whose product period lies in the year; recoveries are not subtracted.
 * The composition answers it with settlement's {@code GetTurnoverUseCase}; an embedder whose claims
 * are handled elsewhere may answer it itself.
 */
@FunctionalInterface
public interface TurnoverSource {

  /** The turnover of {@code provider} in {@code year} so far; zero when it claimed nothing. */
  Money turnover(AgbCode provider, int year);
}
