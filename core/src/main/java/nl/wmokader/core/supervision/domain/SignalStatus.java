package nl.wmokader.core.supervision.domain;

/** A signal is open until it is linked to an investigation or dismissed with a reason; both are final. */
public enum SignalStatus {
  OPEN,
  LINKED,
  DISMISSED
}
