package nl.wmokader.core.audit.domain;

/** Whether the access went ahead: a refused attempt is recorded as much as an allowed one. */
public enum AuditOutcome {
  ALLOWED,
  REFUSED
}
