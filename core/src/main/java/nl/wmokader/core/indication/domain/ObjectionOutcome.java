package nl.wmokader.core.indication.domain;

/** The decision on an objection (beslissing op bezwaar). */
public enum ObjectionOutcome {
  /** Gegrond: the objection succeeds; the contested decision is to be revoked and redone. */
  UPHELD,
  /** Ongegrond: the contested decision stands. */
  DISMISSED,
  /** Niet-ontvankelijk: the objection is not considered (e.g. late without excuse, no standing). */
  INADMISSIBLE
}
