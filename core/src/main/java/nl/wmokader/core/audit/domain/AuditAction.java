package nl.wmokader.core.audit.domain;

/** What was done to the personal data: kept small, the resource says on what. */
public enum AuditAction {
  /** Shown, listed or exported. */
  READ,
  /** Recorded for the first time. */
  CREATE,
  /** Changed. */
  CHANGE,
  /** Removed. */
  DELETE
}
