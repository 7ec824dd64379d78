package nl.wmokader.core.supervision.port.in;

import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.supervision.domain.IncidentKind;

/**
 * A calamity or violence incident of {@code provider}, reported to the GGD on {@code reportedOn}:
 * when the provider reports it itself, today unless given; when the region or a supervisor
 * records the provider's report, the day the provider reported it (required). Neither date lies
 * in the future.
 */
public record ReportCalamityCommand(AgbCode provider, IncidentKind kind, LocalDate occurredOn, LocalDate reportedOn,
                                    String summary) {}
