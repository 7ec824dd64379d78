package nl.wmokader.core.supervision.port.in;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.Outcome;

/** An improvement point whose deadline passed without follow-up; {@code index} addresses it among the outcomes. */
public record OverdueImprovementPoint(InvestigationId investigation, AgbCode provider, int index,
                                      Outcome.ImprovementPoint point) {
  public OverdueImprovementPoint {
    requireNonNull(investigation, "investigation");
    requireNonNull(provider, "provider");
    requireNonNull(point, "point");
  }
}
