package nl.wmokader.core.indication.domain;

/** Which intake step is past its due date. */
public enum OverdueKind {
  /** The assessment of a report (six weeks). */
  ASSESSMENT,
  /** The decision on an application (two weeks). */
  DECISION,
  /** The decision on an objection (the configured term). */
  OBJECTION_DECISION
}
