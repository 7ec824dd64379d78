package nl.wmokader.core.contracting.domain;

/**
 * Where a contract stands. This slice knows a contract from the moment it is in force; the
 * admission lifecycle (applied, admitted) will precede {@link #ACTIVE} and a suspension will sit
 * beside it, so code must not assume these are the only values.
 */
public enum ContractStatus {
  /** In force over its period (up to a termination date, once terminated). */
  ACTIVE,
  /** Ended from a date on; final: no command changes a terminated contract. */
  TERMINATED;

  /** Whether no command may change a contract in this status any more. */
  public boolean isFinal() {
    return this == TERMINATED;
  }
}
