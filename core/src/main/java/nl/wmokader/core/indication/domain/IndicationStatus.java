package nl.wmokader.core.indication.domain;

/** Where a case stands in intake, derived from the steps recorded on it. */
public enum IndicationStatus {
  /** Reported (melding): the assessment is due. */
  REPORTED,
  /** Assessed (onderzoek afgerond): waiting for the client's application. */
  ASSESSED,
  /** Applied (aanvraag): the decision is due. */
  APPLIED,
  /** Decided: granted (toekenning). */
  GRANTED,
  /** Decided: refused (afwijzing). */
  REFUSED;

  public boolean isDecided() {
    return this == GRANTED || this == REFUSED;
  }
}
