package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a reported calamity or violence incident. */
public record CalamityId(UUID value) {
  public CalamityId {
    requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
