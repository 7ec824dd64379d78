package nl.wmokader.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import nl.wmokader.core.audit.AuditGen;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditOutcome;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.domain.ChainKey;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The JDBC trail inside a caller's transaction: its entries and its chains' heads commit and roll
 * back with the caller's change, and an append outside a transaction is refused (the heads' locks
 * would not hold).
 */
abstract class JdbcAuditTransactionsScenario {

  /** An emptied database. */
  protected abstract DataSource database();

  private static Seq<AuditRecord> batch(int n, String tag) {
    Instant at = Instant.parse("2026-04-01T10:00:00Z");
    return List.range(0, n).map(i -> AuditRecord.of(at.plusMillis(i), Actor.provider(AuditGen.PROVIDER).as("declarant"),
        AuditGen.CLIENTS.get(i % AuditGen.CLIENTS.size()), AuditAction.CREATE, "claim", tag + "-" + i,
        AuditOutcome.ALLOWED));
  }

  @Test
  void an_append_in_a_rolled_back_transaction_leaves_no_entry_and_no_head() throws Exception {
    DataSource db = database();
    JdbcAuditTrail trail = new JdbcAuditTrail(db);
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      assertThat(trail.append(c, batch(3, "gone"))).hasSize(3);
      c.rollback();
      c.setAutoCommit(true);
    }
    DateRange day = DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1));
    assertThat(trail.chains(day)).isEmpty();
    Seq<AuditEntry> kept = trail.append(batch(2, "kept"));
    assertThat(kept.map(AuditEntry::seq)).containsExactly(1L, 2L);
  }

  /** A repository's change on the same database, as the claim store makes one: a row of its own, then {@code outcome}. */
  private static io.vavr.control.Either<nl.wmokader.core.shared.DomainError, String> change(DataSource db, String id,
      boolean fail) {
    return new Jdbc(db).change(c -> {
      try (var s = c.prepareStatement("INSERT INTO wmo_audit_chain (chain, chain_day, last_seq, last_hash) VALUES (?, ?, 0, ?)")) {
        s.setString(1, "probe/" + id);
        s.setObject(2, LocalDate.of(2000, 1, 1));
        s.setString(3, "0".repeat(64));
        s.executeUpdate();
      }
      if (fail) {
        throw new java.sql.SQLException("the change fails after its write", "08006");
      }
      return io.vavr.control.Either.right(id);
    }, () -> new nl.wmokader.core.shared.CommonError.Duplicate("probe", id));
  }

  private static long probes(DataSource db, String id) throws Exception {
    try (Connection c = db.getConnection(); var s = c.prepareStatement("SELECT COUNT(*) FROM wmo_audit_chain WHERE chain = ?")) {
      s.setString(1, "probe/" + id);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void a_change_and_its_records_commit_together_or_not_at_all() throws Exception {
    DataSource db = database();
    JdbcAuditTrail trail = new JdbcAuditTrail(db);
    DateRange day = DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> trail.appendWith(batch(3, "lost"), () -> change(db, "lost", true)))
        .isInstanceOf(nl.wmokader.core.shared.InfrastructureException.class);
    assertThat(probes(db, "lost")).as("the change rolled back").isZero();
    assertThat(trail.chains(day)).as("and its records with it").isEmpty();

    assertThat(trail.appendWith(batch(3, "refused"), () -> io.vavr.control.Either.<nl.wmokader.core.shared.DomainError, String>left(
        new nl.wmokader.core.shared.CommonError.Forbidden("nothing changes"))).isLeft()).isTrue();
    assertThat(trail.chains(day)).as("a change refused records nothing").isEmpty();

    assertThat(trail.appendWith(batch(3, "kept"), () -> change(db, "kept", false))).containsExactly("kept");
    assertThat(probes(db, "kept")).isEqualTo(1);
    assertThat(trail.chains(day).map(h -> h.lastSeq())).containsExactly(3L);

    assertThat(trail.appendWith(batch(2, "nowrite"), () -> io.vavr.control.Either.<nl.wmokader.core.shared.DomainError, String>right("read")))
        .as("a change that wrote nothing on this database: recorded right after").containsExactly("read");
    assertThat(trail.chains(day).map(h -> h.lastSeq())).containsExactly(5L);
  }

  @Test
  void an_append_in_a_committed_transaction_continues_the_chain() throws Exception {
    DataSource db = database();
    JdbcAuditTrail trail = new JdbcAuditTrail(db);
    Seq<AuditEntry> first = trail.append(batch(2, "first"));
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      Seq<AuditEntry> second = trail.append(c, batch(3, "second"));
      c.commit();
      c.setAutoCommit(true);
      assertThat(second.map(AuditEntry::seq)).containsExactly(3L, 4L, 5L);
      assertThat(second.head().previousHash()).isEqualTo(first.last().hash());
    }
    ChainKey chain = first.head().chain();
    assertThat(trail.chain(chain, 1, 100).map(e -> e.record().resourceId()))
        .containsExactly("first-0", "first-1", "second-0", "second-1", "second-2");
  }

  @Test
  void an_append_outside_a_transaction_is_refused() throws Exception {
    DataSource db = database();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(true);
      assertThatThrownBy(() -> new JdbcAuditTrail(db).append(c, batch(1, "x"))).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void a_batch_of_twenty_thousand_entries_is_stored_whole() {
    JdbcAuditTrail trail = new JdbcAuditTrail(database());
    Seq<AuditEntry> stored = trail.append(batch(20_000, "line"));
    assertThat(stored.last().seq()).isEqualTo(20_000);
    Seq<AuditEntry> tail = trail.chain(stored.head().chain(), 19_999, 10);
    assertThat(tail).containsExactlyElementsOf(stored.takeRight(2));
  }
}
