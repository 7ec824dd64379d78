package nl.wmokader.core.indication.port.in;

import nl.wmokader.core.indication.domain.AssignmentId;

/** Delete {@code assignment}. */
public record DeleteAssignmentCommand(AssignmentId assignment) {}
