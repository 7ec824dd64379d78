package nl.wmokader.core.audit.domain;

import static java.util.Objects.requireNonNull;

/**
 * A stored {@link AuditRecord}: number {@code seq} (from 1, without gaps) of its {@code chain},
 * linked to the entry before by {@code previousHash} ({@link AuditHash#GENESIS} for the first) and
 * sealed by its own {@code hash}. As read back, it may have been altered: {@link ChainCheck} tells.
 */
public record AuditEntry(ChainKey chain, long seq, AuditRecord record, String previousHash, String hash) {

  public AuditEntry {
    requireNonNull(chain, "chain");
    requireNonNull(record, "record");
    requireNonNull(previousHash, "previousHash");
    requireNonNull(hash, "hash");
    if (seq < 1) {
      throw new IllegalArgumentException("an entry's number in its chain starts at 1");
    }
  }

  /** {@code record} chained as number {@code seq} after the entry whose hash is {@code previousHash}. */
  public static AuditEntry chained(ChainKey chain, long seq, AuditRecord record, String previousHash) {
    return new AuditEntry(chain, seq, record, previousHash, AuditHash.of(chain, seq, record, previousHash));
  }

  /** Whether {@link #hash()} is what this entry's fields hash to. */
  public boolean sealed() {
    return hash.equals(AuditHash.of(chain, seq, record, previousHash));
  }
}
