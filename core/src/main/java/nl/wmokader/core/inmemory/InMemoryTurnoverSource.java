package nl.wmokader.core.inmemory;

import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import nl.wmokader.core.obligations.port.out.TurnoverSource;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;

/** Yearly turnover as a test or an example sets it; settlement answers this in production. */
public final class InMemoryTurnoverSource implements TurnoverSource {

  private Map<Tuple2<AgbCode, Integer>, Money> turnover = HashMap.empty();

  @Override
  public synchronized Money turnover(AgbCode provider, int year) {
    return turnover.get(Tuple.of(provider, year)).getOrElse(Money.ZERO);
  }

  /** Sets the turnover of {@code provider} in {@code year}. */
  public synchronized void set(AgbCode provider, int year, Money amount) {
    turnover = turnover.put(Tuple.of(provider, year), amount);
  }
}
