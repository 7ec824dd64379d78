package nl.wmokader.core.obligations.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a recorded refusal. */
public record RefusalId(UUID value) {
  public RefusalId {
    requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
