package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The recoveries (terugvorderingen) one member registered against one provider in one settlement
 * month, summed: a pre-aggregated row of
 * {@link nl.wmokader.core.monitoring.port.out.MonitoringFacts#recovered}. A recovery names its
 * member, provider and month only (no category, product or client), so that is its whole key.
 *
 * @param amount the sum of the recovered amounts, positive
 * @param count how many recoveries
 */
public record RecoveredTotal(YearMonth month, MunicipalityCode member, AgbCode provider, Money amount, long count) {
  public RecoveredTotal {
    requireNonNull(month, "month");
    requireNonNull(member, "member");
    requireNonNull(provider, "provider");
    requireNonNull(amount, "amount");
    if (count < 1 || !amount.isPositive()) {
      throw new IllegalArgumentException("a recovered total sums at least one positive recovery");
    }
  }

  /** Its key in the cost table: month, member and provider; no category or product. */
  public CostKey key() {
    return new CostKey(month, member, provider, io.vavr.control.Option.none(), io.vavr.control.Option.none());
  }
}
