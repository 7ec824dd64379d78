package nl.wmokader.core.monitoring.domain;

/**
 * The tables of {@link MonitoringFigures}, and what each is computed from: a question for one table
 * reads only the facts that table needs (the cost table, for one, only settlement's totals).
 */
public enum FigureTable {
  USE(true, true, false),
  COST(false, false, true),
  FLOWS(true, false, false),
  DURATIONS(true, false, false),
  WAITING_TIMES(true, false, false),
  MEMBERS(true, false, true);

  private final boolean assignments;
  private final boolean delivered;
  private final boolean costs;

  FigureTable(boolean assignments, boolean delivered, boolean costs) {
    this.assignments = assignments;
    this.delivered = delivered;
    this.costs = costs;
  }

  /** Whether the table counts assignments ({@code MonitoringFacts.assignments}). */
  public boolean needsAssignments() {
    return assignments;
  }

  /** Whether the table sums delivered volume ({@code MonitoringFacts.delivered}). */
  public boolean needsDelivered() {
    return delivered;
  }

  /** Whether the table sums cost: settlement's approved totals ({@code ApprovedCosts}) and the recoveries ({@code MonitoringFacts.recovered}). */
  public boolean needsCosts() {
    return costs;
  }
}
