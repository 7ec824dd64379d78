package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Map;
import java.time.YearMonth;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.shared.AgbCode;

/**
 * The temporariness of one provider's support in one month (the period {@code P}, its first day
 * {@code F}, its last day {@code L}), over the assignments the filter selects. A client is <em>with
 * the provider on day d</em> when one of its assignments with the provider is in delivery on d
 * (reported start on or before d; d not after the reported stop, nor, without one, after the validity's end). Then:
 * <ul>
 *   <li>{@code present}: clients with the provider on at least one day of P;</li>
 *   <li>{@code inflow}: present, and not with the provider on F − 1 (new, or back after a gap);</li>
 *   <li>{@code outflow}: present, and not with the provider on L + 1 (delivery ended in P, as
 *       recorded: an open delivery continues);</li>
 *   <li>{@code throughflow}: present, and with the provider on F − 1 and on L + 1 (continuing).</li>
 * </ul>
 * A client who starts and ends in P is in both inflow and outflow; throughflow shares no client with
 * either; every present client is in at least one. {@code outflowByReason} gives each outflowing
 * client once, by how its delivery with the provider last ended in P: the reason of the stop on the
 * latest day a delivery ended (of several stops that day the lowest iWmo code); a client whose
 * latest end was an assignment's validity running out without a reported stop is counted in
 * {@code outflowWithoutStop} instead. The two add up to {@code outflow}.
 */
public record FlowFigures(YearMonth month, AgbCode provider, long present, long inflow, long outflow, long throughflow,
                          Map<StopReason, Long> outflowByReason, long outflowWithoutStop) {
  public FlowFigures {
    requireNonNull(month, "month");
    requireNonNull(provider, "provider");
    requireNonNull(outflowByReason, "outflowByReason");
  }
}
