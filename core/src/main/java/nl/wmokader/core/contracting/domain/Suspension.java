package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * Why and since when a contract is suspended (opgeschort): on the same signals that justify a
 * client stop, but for the whole contract and without an end date: until reactivated.
 */
public record Suspension(LocalDate since, ClientStopReason reason) {
  public Suspension {
    requireNonNull(since, "since");
    requireNonNull(reason, "reason");
  }
}
