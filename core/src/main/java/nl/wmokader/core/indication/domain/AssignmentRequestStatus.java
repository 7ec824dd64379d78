package nl.wmokader.core.indication.domain;

/** Where a request stands: open until the municipality answers it, once, by granting or refusing it. */
public enum AssignmentRequestStatus {
  OPEN,
  /** Granted: an assignment was issued or changed, which the request names. */
  GRANTED,
  /** Refused with a {@link RequestRefusalReason}: answered by an iWmo 319. */
  REFUSED;

  public boolean isAnswered() {
    return this != OPEN;
  }
}
