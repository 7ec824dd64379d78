package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;

/** Delete {@code assignment}. */
public record DeleteAssignmentCommand(AssignmentId assignment) {

  /** This command when it names the assignment. */
  public Either<DomainError, DeleteAssignmentCommand> validated() {
    return assignment == null
        ? Either.left(InvalidInput.of("assignment", "required", "is required"))
        : Either.right(this);
  }
}
