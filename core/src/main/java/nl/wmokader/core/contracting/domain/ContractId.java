package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a contract. */
public record ContractId(UUID value) {
  public ContractId {
    requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
