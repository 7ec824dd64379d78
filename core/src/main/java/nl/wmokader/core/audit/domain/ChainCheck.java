package nl.wmokader.core.audit.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The check of one chain, fed its entries in the order of their numbers (page by page, so that a
 * long chain need not be held at once) and then its head. Every entry is hashed again and compared
 * with its hash, its link with the entry before and its number with the one expected; the head
 * with the last entry. Not thread-safe: one check per chain.
 */
public final class ChainCheck {

  private final ChainKey chain;
  private long expectedSeq = 1;
  private String previousHash = AuditHash.GENESIS;
  private long checked;
  private List<AuditBreach> breaches = List.empty();

  public ChainCheck(ChainKey chain) {
    this.chain = requireNonNull(chain, "chain");
  }

  /** Checks the next entry read from the chain. */
  public void accept(AuditEntry entry) {
    checked++;
    if (!entry.chain().equals(chain) || !ChainKey.of(entry.record()).equals(chain)) {
      breach(entry.seq(), AuditBreach.Kind.MISPLACED);
    }
    if (entry.seq() != expectedSeq) {
      breach(entry.seq(), AuditBreach.Kind.OUT_OF_SEQUENCE);
    }
    if (!entry.previousHash().equals(previousHash)) {
      breach(entry.seq(), AuditBreach.Kind.UNLINKED);
    }
    if (!entry.sealed()) {
      breach(entry.seq(), AuditBreach.Kind.ALTERED);
    }
    // go on from what is stored, so that one breach is reported once, not again for every entry after it
    expectedSeq = entry.seq() + 1;
    previousHash = entry.hash();
  }

  /** The breaches found, once the chain's last entry was accepted and {@code head} is what the store says of it. */
  public Seq<AuditBreach> finish(ChainHead head) {
    if (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(previousHash)) {
      breach(head.lastSeq(), AuditBreach.Kind.HEAD_MISMATCH);
    }
    return breaches;
  }

  /** How many entries were accepted. */
  public long checked() {
    return checked;
  }

  private void breach(long seq, AuditBreach.Kind kind) {
    breaches = breaches.append(new AuditBreach(chain, seq, kind));
  }
}
