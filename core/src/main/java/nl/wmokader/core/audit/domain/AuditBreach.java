package nl.wmokader.core.audit.domain;

import static java.util.Objects.requireNonNull;

/**
 * Where a chain does not hold: entry {@code seq} of {@code chain} (for {@link Kind#HEAD_MISMATCH}
 * the number the head names). Says where, never what the entry holds.
 */
public record AuditBreach(ChainKey chain, long seq, Kind kind) {

  public AuditBreach {
    requireNonNull(chain, "chain");
    requireNonNull(kind, "kind");
  }

  /** How a chain does not hold. */
  public enum Kind {
    /** The entry's fields do not hash to its hash: it was changed after it was stored. */
    ALTERED,
    /** The entry's previous hash is not the hash of the entry before it: one was changed, removed or put in between. */
    UNLINKED,
    /** The entry's number is not the one after the entry before: entries are missing or doubled. */
    OUT_OF_SEQUENCE,
    /** The entry belongs to another chain than the one it is stored in. */
    MISPLACED,
    /** The chain's last entry is not the one its head names: entries were cut off its end, or the head was changed. */
    HEAD_MISMATCH
  }
}
