package nl.wmokader.core.contracting.domain;

/** Why new clients may not be assigned to a provider (cliëntenstop): the signals the brief names. */
public enum ClientStopReason {
  /** Signals of fraud or unlawful claiming. */
  FRAUD_SIGNALS,
  /** Signals of poor quality of support. */
  QUALITY_SIGNALS,
  /** Signals that clients are unsafe. */
  SAFETY_SIGNALS,
  /** Any other reason, for example at the provider's own request while it lacks staff. */
  OTHER
}
