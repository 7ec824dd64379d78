package nl.wmokader.core.supervision.domain;

/** How serious a signal looks when it comes in; it weighs in the risk of the proactive selection. */
public enum SignalSeverity {
  LOW,
  MEDIUM,
  HIGH,
  /** Clients may be unsafe now: act at once. */
  CRITICAL
}
