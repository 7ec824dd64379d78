package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies an indication (a case, from report to decision). */
public record IndicationId(UUID value) {
  public IndicationId {
    requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
