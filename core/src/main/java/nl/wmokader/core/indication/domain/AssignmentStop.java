package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** The last day of an assignment's delivery, inclusive, and why it ended (the provider's 307, or the municipality's end). */
public record AssignmentStop(LocalDate date, StopReason reason) {
  public AssignmentStop {
    requireNonNull(date, "date");
    requireNonNull(reason, "reason");
  }
}
