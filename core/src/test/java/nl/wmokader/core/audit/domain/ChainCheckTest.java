package nl.wmokader.core.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import nl.wmokader.core.audit.AuditGen;
import nl.wmokader.core.shared.Actor;
import org.junit.jupiter.api.Test;

/** What the check of a chain finds: each way an entry can be changed, removed, put in between or cut off. */
class ChainCheckTest {

  private static final Actor ACTOR = Actor.municipality(AuditGen.BERNHEZE).as("jan");

  private static List<AuditEntry> chainOf(int n) {
    Instant at = Instant.parse("2026-03-02T09:00:00Z");
    AuditRecord first = AuditRecord.of(at, ACTOR, AuditGen.CLIENTS.get(0), AuditAction.READ, "indication", "i-0",
        AuditOutcome.ALLOWED);
    ChainHead head = ChainHead.empty(ChainKey.of(first));
    List<AuditEntry> entries = List.empty();
    for (int i = 0; i < n; i++) {
      AuditEntry next = head.next(AuditRecord.of(at.plusSeconds(i), ACTOR, AuditGen.CLIENTS.get(i % 3),
          AuditAction.READ, "indication", "i-" + i, AuditOutcome.ALLOWED));
      head = head.after(next);
      entries = entries.append(next);
    }
    return entries;
  }

  private static Seq<AuditBreach> check(Seq<AuditEntry> entries, ChainHead head) {
    ChainCheck check = new ChainCheck(head.chain());
    entries.forEach(check::accept);
    return check.finish(head);
  }

  private static ChainHead headOf(List<AuditEntry> entries) {
    return new ChainHead(entries.head().chain(), entries.last().seq(), entries.last().hash());
  }

  private static AuditBreach breach(AuditEntry at, AuditBreach.Kind kind) {
    return new AuditBreach(at.chain(), at.seq(), kind);
  }

  @Test
  void an_untouched_chain_holds() {
    List<AuditEntry> chain = chainOf(5);
    assertThat(check(chain, headOf(chain))).isEmpty();
  }

  @Test
  void a_changed_entry_is_altered_and_the_rest_stays_linked() {
    List<AuditEntry> chain = chainOf(5);
    AuditEntry e = chain.get(2);
    AuditRecord r = e.record();
    AuditEntry changed = new AuditEntry(e.chain(), e.seq(), new AuditRecord(r.at(), r.actor(), r.clients(), r.action(),
        r.resource(), r.resourceId(), AuditOutcome.REFUSED), e.previousHash(), e.hash());
    assertThat(check(chain.update(2, changed), headOf(chain))).containsExactly(breach(e, AuditBreach.Kind.ALTERED));
  }

  @Test
  void a_changed_entry_sealed_again_breaks_the_link_to_the_next() {
    List<AuditEntry> chain = chainOf(5);
    AuditEntry e = chain.get(2);
    AuditRecord r = e.record();
    AuditEntry resealed = AuditEntry.chained(e.chain(), e.seq(), new AuditRecord(r.at(), r.actor(), r.clients(),
        AuditAction.DELETE, r.resource(), r.resourceId(), r.outcome()), e.previousHash());
    assertThat(check(chain.update(2, resealed), headOf(chain)))
        .containsExactly(breach(chain.get(3), AuditBreach.Kind.UNLINKED));
  }

  @Test
  void a_removed_entry_leaves_a_gap_and_a_broken_link() {
    List<AuditEntry> chain = chainOf(5);
    assertThat(check(chain.removeAt(2), headOf(chain))).containsExactly(
        breach(chain.get(3), AuditBreach.Kind.OUT_OF_SEQUENCE), breach(chain.get(3), AuditBreach.Kind.UNLINKED));
  }

  @Test
  void entries_cut_off_the_end_show_against_the_head() {
    List<AuditEntry> chain = chainOf(5);
    assertThat(check(chain.dropRight(2), headOf(chain)))
        .containsExactly(breach(chain.last(), AuditBreach.Kind.HEAD_MISMATCH));
  }

  @Test
  void swapped_entries_are_out_of_sequence_and_unlinked() {
    List<AuditEntry> chain = chainOf(5);
    Seq<AuditBreach> breaches = check(chain.update(1, chain.get(2)).update(2, chain.get(1)), headOf(chain));
    assertThat(breaches).contains(breach(chain.get(2), AuditBreach.Kind.OUT_OF_SEQUENCE),
        breach(chain.get(2), AuditBreach.Kind.UNLINKED));
  }

  @Test
  void an_entry_of_another_chain_is_misplaced() {
    List<AuditEntry> chain = chainOf(3);
    AuditEntry e = chain.get(1);
    AuditRecord r = e.record();
    AuditRecord elsewhere = new AuditRecord(r.at(), Actor.municipality(AuditGen.BOEKEL), r.clients(), r.action(),
        r.resource(), r.resourceId(), r.outcome());
    AuditEntry moved = AuditEntry.chained(e.chain(), e.seq(), elsewhere, e.previousHash());
    assertThat(check(chain.update(1, moved), headOf(chain))).contains(breach(e, AuditBreach.Kind.MISPLACED));
  }

  @Test
  void an_empty_chain_holds_against_an_empty_head_only() {
    ChainKey key = chainOf(1).head().chain();
    assertThat(check(List.empty(), ChainHead.empty(key))).isEmpty();
    assertThat(check(List.empty(), new ChainHead(key, 1, AuditHash.GENESIS)))
        .containsExactly(new AuditBreach(key, 1, AuditBreach.Kind.HEAD_MISMATCH));
  }
}
