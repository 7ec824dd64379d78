package nl.wmokader.core.audit.domain;

import static java.util.Objects.requireNonNull;

/**
 * Where a chain stands: its last entry's number and hash, kept apart from the entries so that
 * entries cut off its end show as well ({@link ChainCheck}), and the one place appends to the chain
 * wait for each other.
 */
public record ChainHead(ChainKey chain, long lastSeq, String lastHash) {

  public ChainHead {
    requireNonNull(chain, "chain");
    requireNonNull(lastHash, "lastHash");
    if (lastSeq < 0) {
      throw new IllegalArgumentException("a chain holds 0 or more entries");
    }
  }

  /** A chain without entries yet. */
  public static ChainHead empty(ChainKey chain) {
    return new ChainHead(chain, 0, AuditHash.GENESIS);
  }

  /** The entry that comes next: {@code record} linked after the last one. */
  public AuditEntry next(AuditRecord record) {
    return AuditEntry.chained(chain, lastSeq + 1, record, lastHash);
  }

  /** The head once {@code entry} (the next one) is appended. */
  public ChainHead after(AuditEntry entry) {
    return new ChainHead(chain, entry.seq(), entry.hash());
  }
}
