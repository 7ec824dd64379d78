package nl.wmokader.core.contracting.domain;

/**
 * Where a contract stands in its lifecycle:
 * <pre>
 *   APPLIED ──admit──▶ ADMITTED ──activate──▶ ACTIVE ──suspend──▶ SUSPENDED
 *                                               ▲                    │
 *                                               └─────reactivate─────┘
 *   any of these ──terminate──▶ TERMINATED (final)
 * </pre>
 * A contract the region concludes directly starts {@link #ACTIVE}. Only an active contract gives
 * delivery rights; a terminated one still does until its termination date when it was active then.
 */
public enum ContractStatus {
  /** A provider applied for admission (open house); evidence is being gathered. */
  APPLIED,
  /** Every required admission condition had valid evidence on the admission date; not yet in force. */
  ADMITTED,
  /** In force over its period (up to a termination date, once terminated). */
  ACTIVE,
  /** Suspended: no new assignments at all until reactivated; support already assigned goes on. */
  SUSPENDED,
  /** Ended from a date on; final: no command changes a terminated contract. */
  TERMINATED;

  /** Whether no command may change a contract in this status any more. */
  public boolean isFinal() {
    return this == TERMINATED;
  }
}
