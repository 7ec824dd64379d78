package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;

/**
 * The monitoring figures for one {@link FigureFilter}: use and cost per cell, the flows per provider
 * and month, durations and waiting times over the filter's months, and per member and month the
 * benchmark with its rates per 1,000 inhabitants. Each list in a fixed order.
 *
 * <p><b>No personal data.</b> No figure carries a BSN, a case or an assignment: only counts,
 * volumes, amounts, days and percentiles per cell, so every member's staff and the analysts see
 * every member's figures (comparing is the point). Small counts are shown, a count of 1 included:
 * a cell names a member, provider, product and month, never a person, a case or a date of a case,
 * and whoever could match a 1 to a person already knows that person's case from its own
 * administration. A percentile of a cell of one is that one client's days; that is shown too, for
 * the same reason. Only the client experience survey suppresses small cells: its answers are
 * opinions a client gave on the promise that they would not be traced to them.
 */
public record MonitoringFigures(FigureFilter filter, Seq<UseFigures> use, Seq<CostFigures> cost,
                                Seq<FlowFigures> flows, Seq<DurationFigures> durations, Seq<WaitingFigures> waitingTimes,
                                Seq<MemberFigures> members) {
  public MonitoringFigures {
    requireNonNull(filter, "filter");
    requireNonNull(use, "use");
    requireNonNull(cost, "cost");
    requireNonNull(flows, "flows");
    requireNonNull(durations, "durations");
    requireNonNull(waitingTimes, "waitingTimes");
    requireNonNull(members, "members");
  }
}
