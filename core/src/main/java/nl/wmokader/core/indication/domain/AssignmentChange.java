package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;

/** The outcome of a change of volume: the assignment ended the day before, and the one that replaces it. */
public record AssignmentChange(Assignment ended, Assignment issued) {
  public AssignmentChange {
    requireNonNull(ended, "ended");
    requireNonNull(issued, "issued");
  }
}
