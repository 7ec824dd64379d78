package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;

/** One assignment's waiting time: days from issue to the reported start of delivery (0 when care started first). */
public record WaitingTime(AssignmentId assignment, LocalDate assignedOn, LocalDate deliveryStart, long days) {
  public WaitingTime {
    requireNonNull(assignment, "assignment");
    requireNonNull(assignedOn, "assignedOn");
    requireNonNull(deliveryStart, "deliveryStart");
    if (days < 0) {
      throw new IllegalArgumentException("days < 0");
    }
  }

  /** The waiting time of a started assignment. */
  public static Option<WaitingTime> of(Assignment a) {
    return a.deliveryStart().map(start -> new WaitingTime(a.id(), a.assignedOn(), start, a.waitingDays().get()));
  }
}
