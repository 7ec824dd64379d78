package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a registered recovery. */
public record RecoveryId(UUID value) {
  public RecoveryId {
    requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
