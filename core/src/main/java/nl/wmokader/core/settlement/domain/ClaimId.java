package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a submitted claim (declaratie). */
public record ClaimId(UUID value) {
  public ClaimId {
    requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
