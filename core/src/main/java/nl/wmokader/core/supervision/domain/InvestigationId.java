package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a supervision investigation (toezichtonderzoek). */
public record InvestigationId(UUID value) {
  public InvestigationId {
    requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
