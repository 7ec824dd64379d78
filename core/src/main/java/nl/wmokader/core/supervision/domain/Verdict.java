package nl.wmokader.core.supervision.domain;

/** How a provider scores on one norm of the quality framework. */
public enum Verdict {
  MEETS,
  PARTLY_MEETS,
  DOES_NOT_MEET;

  /** Whether the verdict is a shortfall, which a report of no findings cannot follow. */
  public boolean isShortfall() {
    return this != MEETS;
  }
}
