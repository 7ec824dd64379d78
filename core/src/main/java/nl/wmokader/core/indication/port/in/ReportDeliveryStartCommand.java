package nl.wmokader.core.indication.port.in;

import java.time.LocalDate;
import nl.wmokader.core.indication.domain.AssignmentId;

/** Delivery on {@code assignment} started on {@code date} (iWmo 305, Begindatum). */
public record ReportDeliveryStartCommand(AssignmentId assignment, LocalDate date) {}
