package nl.wmokader.core.supervision.domain;

/** Why a provider is in the proactive selection. */
public enum SelectionReason {
  /** Due under the coverage guarantee: unseen too long (see {@link SelectionCandidate#isDue}). */
  COVERAGE,
  /** Drawn by risk-weighted sampling from the remaining active providers. */
  RISK
}
