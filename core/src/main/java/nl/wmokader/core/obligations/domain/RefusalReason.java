package nl.wmokader.core.obligations.domain;

/** Why a provider refused a client with an indication; each one departs from the acceptance duty. */
public enum RefusalReason {
  /** No staff or room: the client would wait too long (personeelstekort, wachtlijst). */
  NO_CAPACITY,
  /** The client's needs lie beyond the provider's expertise. */
  EXPERTISE_LACKING,
  /** The client's situation is unsafe for the provider's staff. */
  UNSAFE_SITUATION,
  /** The client lives outside the area the provider serves. */
  OUTSIDE_SERVICE_AREA,
  /** Another reason, explained in words. */
  OTHER
}
