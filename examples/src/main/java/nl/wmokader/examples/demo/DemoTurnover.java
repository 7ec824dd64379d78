package nl.wmokader.examples.demo;

import nl.wmokader.core.contracting.port.out.TurnoverSource;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;

/**
 * A stand-in for the turnover that settlement will compute from approved claims (issue 5): visibly
 * fictional, deterministic figures per demo provider, so that the 2% and 5% obligations of the demo
 * show shortfalls and compliance instead of a turnover of nil. Not persisted; nothing else uses it.
 */
public final class DemoTurnover implements TurnoverSource {

  @Override
  public Money turnover(AgbCode provider, int year) {
    if (!DemoProviders.PROVIDERS.exists(p -> p.agb().equals(provider)) || year < 2026) {
      return Money.ZERO;
    }
    int n = Integer.parseInt(provider.value().substring(6));
    return Money.euros(250_000L + 60_000L * n, 0);
  }
}
