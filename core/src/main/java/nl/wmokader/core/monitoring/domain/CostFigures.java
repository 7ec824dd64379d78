package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.shared.Money;

/**
 * Approved cost in one cell, from settlement's maintained totals: the approved debits and credits of
 * the claims answered in the cell's month (the settlement month, not the month of delivery: a late
 * claim counts when it is approved, so a closed month never changes). Recoveries and personal
 * contributions are not here (see docs/monitoring.md).
 *
 * @param lines approved lines, debits and credits
 */
public record CostFigures(FigureKey key, Money debits, Money credits, long lines) {
  public CostFigures {
    requireNonNull(key, "key");
    requireNonNull(debits, "debits");
    requireNonNull(credits, "credits");
  }

  /** Debits minus credits. */
  public Money net() {
    return debits.minus(credits);
  }
}
