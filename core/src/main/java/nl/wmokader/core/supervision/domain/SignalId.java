package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a signal about a provider. */
public record SignalId(UUID value) {
  public SignalId {
    requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
