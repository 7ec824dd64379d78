package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.shared.Money;

/**
 * Cost in one cell of a settlement month. A cell with a category ({@link CostKey}) holds settlement's
 * maintained totals: the approved debits and credits of the claims answered in the month (not the
 * month of delivery: a late claim counts when it is approved, so a closed month never changes). A
 * cell without one holds the recoveries the member registered against the provider for that
 * settlement month: a recovery names no category or product. Personal contributions are not here
 * (they are computed per household on request and not kept; see docs/monitoring.md).
 *
 * @param recoveries the recovered amounts (positive), 0 in a cell of claims
 * @param lines approved lines, debits and credits (0 in a cell of recoveries)
 */
public record CostFigures(CostKey key, Money debits, Money credits, Money recoveries, long lines) {
  public CostFigures {
    requireNonNull(key, "key");
    requireNonNull(debits, "debits");
    requireNonNull(credits, "credits");
    requireNonNull(recoveries, "recoveries");
  }

  /** Debits minus credits minus recoveries. */
  public Money net() {
    return debits.minus(credits).minus(recoveries);
  }
}
