package nl.wmokader.core.contracting.domain;

/** Where a provider's request for a client stop stands. */
public enum ClientStopRequestStatus {
  /** Awaiting the region's decision: no stop is in force on its account. */
  PENDING,
  /** The region consented: the stop was imposed over the requested period. */
  CONSENTED,
  /** The region refused: no stop. */
  REFUSED
}
