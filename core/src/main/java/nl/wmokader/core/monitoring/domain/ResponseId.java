package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** A stored response's own identifier: made fresh, so it leads back to no invitation. */
public record ResponseId(UUID value) {
  public ResponseId {
    requireNonNull(value, "value");
  }
}
