package nl.wmokader.core.contracting.domain;

/** What is wrong with the evidence of a required admission condition on a day. */
public enum EvidenceStatus {
  /** No evidence is valid that day, and none submitted has expired: it was never given (or only starts later). */
  MISSING,
  /** No evidence is valid that day; what was submitted has expired. */
  EXPIRED,
  /** Valid that day, but not throughout the horizon asked about: new evidence is due. */
  EXPIRING
}
