package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a household for the personal contribution (the CAK charges per household, not per client). */
public record HouseholdId(UUID value) {
  public HouseholdId {
    requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
