package nl.wmokader.core.indication.domain;

/** Where an assignment stands. Stored, not derived from the clock: a past validity alone changes nothing. */
public enum AssignmentStatus {
  /** Issued; the provider has not reported the start of delivery (305). */
  ASSIGNED,
  /** The provider reported the start of delivery. */
  DELIVERING,
  /** The provider reported the end of delivery (307). */
  STOPPED,
  /** The municipality ended it early, e.g. when a change of volume replaced it by a new assignment. */
  ENDED,
  /** Withdrawn before any claim on it was approved; kept for the record, ignored by every rule. */
  DELETED;

  /** Whether the municipality may still extend or change it and the provider report on it. */
  public boolean isActive() {
    return this == ASSIGNED || this == DELIVERING;
  }
}
