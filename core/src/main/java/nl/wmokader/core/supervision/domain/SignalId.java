package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a signal (signaal) about a provider: a complaint, a municipality's or contract manager's concern, a data anomaly. */
public record SignalId(UUID value) {
  public SignalId {
    requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
