package nl.wmokader.core.indication.port.in;

import java.time.LocalDate;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.StopReason;

/** Delivery on {@code assignment} ended on {@code date}, inclusive, for {@code reason} (iWmo 307). */
public record ReportDeliveryStopCommand(AssignmentId assignment, LocalDate date, StopReason reason) {}
