package nl.wmokader.core.region.port.in;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.region.domain.RegionalDecision;
import nl.wmokader.core.region.domain.RegionalDecisionOutcome;

/** A regional decision with its outcome under the configured voting rule. */
public record CountedDecision(RegionalDecision decision, RegionalDecisionOutcome outcome) {
  public CountedDecision {
    requireNonNull(decision, "decision");
    requireNonNull(outcome, "outcome");
  }
}
