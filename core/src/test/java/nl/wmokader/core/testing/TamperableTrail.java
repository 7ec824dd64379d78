package nl.wmokader.core.testing;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.domain.AuditSearch;
import nl.wmokader.core.audit.domain.ChainHead;
import nl.wmokader.core.audit.domain.ChainKey;
import nl.wmokader.core.audit.port.out.AuditTrail;
import nl.wmokader.core.inmemory.InMemoryAuditTrail;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * The in-memory trail, with a store someone can change behind its back or break: {@link #alter}
 * makes the chain read back an entry with another record under the same hash, as an edited
 * database row would; {@link #breakDown} makes every append fail, as a lost database connection
 * would (inside a change's transaction: the change does not happen either). For scenarios that show
 * a changed record is found and an unrecordable access does not go ahead.
 */
public final class TamperableTrail implements AuditTrail {
  private final InMemoryAuditTrail store = new InMemoryAuditTrail();
  private final ConcurrentHashMap<String, AuditRecord> altered = new ConcurrentHashMap<>();
  private volatile boolean broken;

  /** From now on every append fails, and a change it would record with is not made. */
  public void breakDown() {
    broken = true;
  }

  private void refuseWhenBroken() {
    if (broken) {
      throw new nl.wmokader.core.shared.InfrastructureException("the audit store is down",
          new java.io.IOException("down"));
    }
  }

  /** From now on, {@code entry} reads back with {@code record} (its hashes as they were). */
  public void alter(AuditEntry entry, AuditRecord record) {
    altered.put(entry.chain().value() + "#" + entry.seq(), record);
  }

  /** Every entry, as stored: the heads of every day, each chain read whole. */
  public Seq<AuditEntry> all() {
    return store.chains(DateRange.of(java.time.LocalDate.of(2000, 1, 1), io.vavr.control.Option.none()))
        .flatMap(h -> store.chain(h.chain(), 1, Integer.MAX_VALUE));
  }

  private AuditEntry asRead(AuditEntry e) {
    AuditRecord record = altered.get(e.chain().value() + "#" + e.seq());
    return record == null ? e : new AuditEntry(e.chain(), e.seq(), record, e.previousHash(), e.hash());
  }

  @Override
  public Seq<AuditEntry> append(Seq<AuditRecord> records) {
    refuseWhenBroken();
    return store.append(records);
  }

  @Override
  public <T> Either<DomainError, T> appendWith(Seq<AuditRecord> records, Supplier<Either<DomainError, T>> change) {
    refuseWhenBroken();
    return store.appendWith(records, change);
  }

  @Override
  public Seq<AuditEntry> chain(ChainKey chain, long fromSeq, int limit) {
    return store.chain(chain, fromSeq, limit).map(this::asRead);
  }

  @Override
  public Seq<ChainHead> chains(DateRange days) {
    return store.chains(days);
  }

  @Override
  public Page<AuditEntry> byClient(Bsn client, PageRequest page) {
    return store.byClient(client, page);
  }

  @Override
  public boolean hasAccessed(Actor party, Bsn client) {
    return store.hasAccessed(party, client);
  }

  @Override
  public Page<AuditEntry> search(AuditSearch search, PageRequest page) {
    return store.search(search, page);
  }
}
