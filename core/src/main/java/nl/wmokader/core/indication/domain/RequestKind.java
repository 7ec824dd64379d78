package nl.wmokader.core.indication.domain;

/** What a provider asks of a municipality: a new assignment (iWmo 315) or a change to one of its own (iWmo 317). */
public enum RequestKind {
  /** Verzoek om toewijzing (iWmo 315): assign a product to a client. */
  ASSIGNMENT,
  /** Verzoek om wijziging (iWmo 317): change the volume or the end date of an existing assignment. */
  CHANGE
}
