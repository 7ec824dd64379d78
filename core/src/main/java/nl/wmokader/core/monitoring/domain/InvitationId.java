package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * An invitation's identifier, and the token the client answers with: whoever holds it may answer
 * once. Made by the environment's identifier generator ({@code UUID::randomUUID} in production, so
 * it cannot be guessed).
 */
public record InvitationId(UUID value) {
  public InvitationId {
    requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
