package nl.wmokader.core.supervision.port.in;

import java.time.LocalDate;
import nl.wmokader.core.supervision.domain.InvestigationId;

/**
 * The provider reported the formal measure at {@code index} of the investigation's outcomes on
 * {@code reportedOn}: when the provider reports it itself, today unless given; when the region or
 * a supervisor records the provider's report, the day the provider reported it (required). It does
 * not lie in the future.
 */
public record ReportMeasureCommand(InvestigationId investigation, Integer index, LocalDate reportedOn) {}
