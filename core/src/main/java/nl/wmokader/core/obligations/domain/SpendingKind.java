package nl.wmokader.core.obligations.domain;

/** What a provider's spending report is about: one of the two percentage obligations. */
public enum SpendingKind {
  /** Spent on transforming care (transformatie). */
  TRANSFORMATION(ObligationKind.TRANSFORMATION),
  /** Spent on people distant from the labour market (social return). */
  SOCIAL_RETURN(ObligationKind.SOCIAL_RETURN);

  private final ObligationKind obligation;

  SpendingKind(ObligationKind obligation) {
    this.obligation = obligation;
  }

  /** The obligation this spending counts towards. */
  public ObligationKind obligation() {
    return obligation;
  }
}
