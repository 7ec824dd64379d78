package nl.wmokader.core.obligations.domain;

/** Where one reportable event stands as of a date, against its reporting deadline. */
public enum ReportingStatus {
  /** Reported on or before the deadline. */
  ON_TIME,
  /** Reported after the deadline. */
  LATE,
  /** Not reported, and the deadline has passed. */
  MISSING,
  /** Not reported yet, and the deadline has not passed. */
  OPEN
}
