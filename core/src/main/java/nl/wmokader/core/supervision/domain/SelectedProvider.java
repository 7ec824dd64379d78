package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;

/**
 * One provider chosen for a proactive investigation, with the reason, its coverage deadline and
 * its risk weight, so the region can account for the choice.
 */
public record SelectedProvider(AgbCode provider, SelectionReason reason, LocalDate coverageDeadline, double riskWeight) {

  public SelectedProvider {
    requireNonNull(provider, "provider");
    requireNonNull(reason, "reason");
    requireNonNull(coverageDeadline, "coverageDeadline");
  }
}
