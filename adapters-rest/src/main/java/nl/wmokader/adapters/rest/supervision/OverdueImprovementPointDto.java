package nl.wmokader.adapters.rest.supervision;

import java.time.LocalDate;
import nl.wmokader.core.supervision.port.in.OverdueImprovementPoint;

/** An improvement point past its deadline without follow-up; {@code index} addresses it among the investigation's outcomes. */
public record OverdueImprovementPointDto(String investigation, String provider, int index, String description,
                                         LocalDate deadline) {

  public static OverdueImprovementPointDto from(OverdueImprovementPoint p) {
    return new OverdueImprovementPointDto(p.investigation().value().toString(), p.provider().value(), p.index(),
        p.point().description(), p.point().deadline());
  }
}
