package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a provider's request for a client stop. */
public record ClientStopRequestId(UUID value) {
  public ClientStopRequestId {
    requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
