package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;

/**
 * A provider as the proactive selection sees it: whether it is active, since when, its risk
 * factors over the past period (signals, turnover, clients) and its last investigation.
 *
 * @param activeSince the start of its first contract in the region: the coverage clock of a
 *     provider that was never investigated starts here
 */
public record SelectionCandidate(AgbCode provider, boolean active, LocalDate activeSince, int signals,
                                 Money turnover, int clients, Option<LocalDate> lastInvestigated) {

  public SelectionCandidate {
    requireNonNull(provider, "provider");
    requireNonNull(activeSince, "activeSince");
    requireNonNull(turnover, "turnover");
    requireNonNull(lastInvestigated, "lastInvestigated");
    if (signals < 0 || clients < 0 || turnover.isNegative()) {
      throw new IllegalArgumentException("signals, turnover and clients are never negative (" + provider + ")");
    }
  }

  /** The date from which the provider counts as unseen: its last investigation, else its start. */
  public LocalDate unseenSince() {
    return lastInvestigated.getOrElse(activeSince);
  }

  /** The date by which the provider must have been investigated: {@code coverageYears} after {@link #unseenSince()}. */
  public LocalDate coverageDeadline(int coverageYears) {
    return unseenSince().plusYears(coverageYears);
  }

  /**
   * Whether the provider is due under the coverage guarantee in the selection year that starts on
   * {@code asOf}: active, and its coverage deadline falls before the next selection
   * ({@code asOf} + 1 year). Selecting it now is the last chance to investigate it in time; a
   * deadline already past counts too (most overdue first). A provider never investigated is due
   * once it has been active for {@code coverageYears} less one year.
   */
  public boolean isDue(int coverageYears, LocalDate asOf) {
    return active && coverageDeadline(coverageYears).isBefore(asOf.plusYears(1));
  }

  /**
   * The sampling weight, always at least 1: {@code 1 + signalWeight·signals
   * + turnoverWeight·log2(1 + whole thousands of euros) + clientWeight·log2(1 + clients)
   * + yearsUnseenWeight·whole years since} {@link #unseenSince()} (0 when that lies after
   * {@code asOf}). Size enters log-scaled so a large provider is likelier to be drawn without
   * crowding out every small one. Non-decreasing in signals, turnover and clients.
   */
  public double riskWeight(SelectionTerms terms, LocalDate asOf) {
    long thousands = turnover.cents() / 100_000;
    long yearsUnseen = Math.max(0, ChronoUnit.YEARS.between(unseenSince(), asOf));
    return 1.0
        + (double) terms.signalWeight() * signals
        + terms.turnoverWeight() * log2(1 + thousands)
        + terms.clientWeight() * log2(1 + (long) clients)
        + (double) terms.yearsUnseenWeight() * yearsUnseen;
  }

  private static double log2(long x) {
    return Math.log(x) / Math.log(2);
  }
}
