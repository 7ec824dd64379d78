package nl.wmokader.core.indication.domain;

/** How a granted provision is delivered. */
public enum DeliveryForm {
  /** Zorg in natura (ZIN): by a contracted provider, through an assignment. */
  IN_KIND,
  /** Persoonsgebonden budget (PGB): a budget the client manages, paid via the SVB; no assignment. */
  PERSONAL_BUDGET
}
