package nl.wmokader.core.contracting.domain;

/** Why new clients may not be assigned to a provider (cliëntenstop): the signals the brief names. */
public enum ClientStopReason {
  /** Signals of fraud or unlawful claiming. */
  FRAUD_SIGNALS,
  /** Signals of poor quality of support. */
  QUALITY_SIGNALS,
  /** Signals that clients are unsafe. */
  SAFETY_SIGNALS,
  /** At the provider's own request (for example while it lacks staff), in force with the region's consent. */
  PROVIDER_REQUEST,
  /** Any other reason. */
  OTHER
}
