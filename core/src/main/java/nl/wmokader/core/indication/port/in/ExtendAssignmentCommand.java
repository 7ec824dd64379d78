package nl.wmokader.core.indication.port.in;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.indication.domain.AssignmentId;

/** Move the end of {@code assignment} to {@code newEnd} (none: open-ended), volume unchanged. */
public record ExtendAssignmentCommand(AssignmentId assignment, Option<LocalDate> newEnd) {}
