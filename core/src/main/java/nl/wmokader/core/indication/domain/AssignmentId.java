package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies an assignment (toewijzing); iWmo's ToewijzingNummer is derived from it by the message adapter. */
public record AssignmentId(UUID value) {
  public AssignmentId {
    requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
