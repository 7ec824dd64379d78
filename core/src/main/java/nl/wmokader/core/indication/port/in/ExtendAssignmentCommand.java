package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Move the end of {@code assignment} to {@code newEnd} (none: open-ended), volume unchanged. Made
 * from raw values by {@link #read}; {@link #validated} is the second round the use case applies
 * after access.
 */
public record ExtendAssignmentCommand(AssignmentId assignment, Option<LocalDate> newEnd) {

  /**
   * The command on the assignment named apart (a path's) from raw values: the new end, or
   * {@code openEnded} true, exactly one of them, so that an empty input never makes an assignment
   * open-ended by accident. The values are read without the assignment, so that a caller can report
   * their errors together with those of its id.
   */
  public static Either<DomainError, Function<AssignmentId, ExtendAssignmentCommand>> read(LocalDate newEnd,
                                                                                           Boolean openEnded) {
    FieldChecks check = new FieldChecks();
    boolean open = Boolean.TRUE.equals(openEnded);
    if (open && newEnd != null) {
      check.add("newEnd", "not_allowed", "give either newEnd or openEnded: true, not both");
    } else if (!open && newEnd == null) {
      check.add("newEnd", "required", "is required unless openEnded is true");
    }
    return check.resultFrom(() -> id -> new ExtendAssignmentCommand(id, Option.of(newEnd)));
  }

  /** This command when it names the assignment and gives the new end (none, not null, for open-ended). */
  public Either<DomainError, ExtendAssignmentCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("assignment", assignment);
    checks.required("newEnd", newEnd, "give Option.none() for open-ended");
    return checks.result(this);
  }
}
