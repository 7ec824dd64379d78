package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies an {@link AssignmentRequest} inside the library; the provider names it by its {@link ProviderReference}. */
public record AssignmentRequestId(UUID value) {
  public AssignmentRequestId {
    requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
