package nl.wmokader.core.monitoring.domain;

/** What a client is invited after: the results' "granted vs refused" (and ended support). */
public enum Occasion {
  /** A decision that granted a provision. */
  GRANTED,
  /** A decision that refused it: refused applicants are asked too [B §4.3]. */
  REFUSED,
  /** The end of delivery of an assignment (the provider's stop, iWmo 307). */
  SUPPORT_ENDED
}
