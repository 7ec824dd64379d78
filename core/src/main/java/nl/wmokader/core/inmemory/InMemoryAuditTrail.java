package nl.wmokader.core.inmemory;

import io.vavr.collection.HashMap;
import nl.wmokader.core.shared.DomainError;
import java.util.function.Supplier;
import io.vavr.control.Either;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditOutcome;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.domain.AuditSearch;
import nl.wmokader.core.audit.domain.ChainHead;
import nl.wmokader.core.audit.domain.ChainKey;
import nl.wmokader.core.audit.port.out.AuditTrail;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * The audit trail in memory: each chain's entries in order of their numbers, and its head. An
 * append holds the store alone, so a chain never forks; reads share it.
 */
public final class InMemoryAuditTrail implements AuditTrail {

  private final StoreLock lock = new StoreLock();
  private Map<ChainKey, Vector<AuditEntry>> chains = HashMap.empty();
  private Map<ChainKey, ChainHead> heads = HashMap.empty();

  @Override
  public <T> Either<DomainError, T> appendWith(Seq<AuditRecord> records, Supplier<Either<DomainError, T>> change) {
    // no transactions in memory: after the change, which cannot fail half-way here
    Either<DomainError, T> result = change.get();
    if (result.isRight()) {
      append(records);
    }
    return result;
  }

  @Override
  public Seq<AuditEntry> append(Seq<AuditRecord> records) {
    return lock.write(() -> {
      java.util.Map<ChainKey, ChainHead> moved = new java.util.LinkedHashMap<>();
      java.util.Map<ChainKey, java.util.List<AuditEntry>> added = new java.util.LinkedHashMap<>();
      java.util.List<AuditEntry> appended = new java.util.ArrayList<>(records.size());
      ChainKey[] keys = ChainKey.ofEach(records);
      int i = 0;
      for (AuditRecord record : records) {
        ChainKey chain = keys[i++];
        ChainHead head = moved.computeIfAbsent(chain, k -> heads.get(k).getOrElse(() -> ChainHead.empty(k)));
        AuditEntry entry = head.next(record);
        moved.put(chain, head.after(entry));
        added.computeIfAbsent(chain, k -> new java.util.ArrayList<>()).add(entry);
        appended.add(entry);
      }
      // all or none: the store changes only once every entry is made
      Map<ChainKey, ChainHead> nextHeads = heads;
      Map<ChainKey, Vector<AuditEntry>> nextChains = chains;
      for (var chain : added.entrySet()) {
        nextHeads = nextHeads.put(chain.getKey(), moved.get(chain.getKey()));
        nextChains = nextChains.put(chain.getKey(),
            nextChains.get(chain.getKey()).getOrElse(Vector.empty()).appendAll(chain.getValue()));
      }
      heads = nextHeads;
      chains = nextChains;
      return Vector.ofAll(appended);
    });
  }

  @Override
  public Seq<AuditEntry> chain(ChainKey chain, long fromSeq, int limit) {
    return lock.read(() -> chains.get(chain).getOrElse(Vector.empty())
        .filter(e -> e.seq() >= fromSeq).take(limit));
  }

  @Override
  public Seq<ChainHead> chains(DateRange days) {
    return lock.read(() -> heads.values().filter(h -> days.contains(h.chain().day()))
        .toVector().sortBy(ChainHead::chain));
  }

  @Override
  public Page<AuditEntry> byClient(Bsn client, PageRequest page) {
    // a pass over the trail per question, not an index kept up per client: a claim names
    // thousands, and what a claim costs counts, a client's history is asked now and then
    return lock.read(() -> Page.of(all().filter(e -> e.record().names(client)).sorted(NEWEST_FIRST), page));
  }

  @Override
  public boolean hasAccessed(Actor party, Bsn client) {
    Actor asked = party.party();
    return lock.read(() -> all().exists(e -> e.record().outcome() == AuditOutcome.ALLOWED
        && e.record().actor().party().equals(asked) && e.record().names(client)));
  }

  @Override
  public Page<AuditEntry> search(AuditSearch search, PageRequest page) {
    return lock.read(() -> Page.of(all().filter(search::matches).sorted(NEWEST_FIRST), page));
  }

  /**
   * Replaces the stored entry of {@code altered}'s chain and number with {@code altered}, hashes and
   * all, as someone with access to the store might: for tests that show verification finds it.
   */
  void overwrite(AuditEntry altered) {
    lock.write(() -> {
      Vector<AuditEntry> chain = chains.get(altered.chain()).getOrElseThrow(() -> new IllegalArgumentException("no such chain"));
      int index = chain.indexWhere(e -> e.seq() == altered.seq());
      if (index < 0) {
        throw new IllegalArgumentException("no such entry");
      }
      chains = chains.put(altered.chain(), chain.update(index, altered));
      return null;
    });
  }

  private Vector<AuditEntry> all() {
    return chains.values().flatMap(c -> c).toVector();
  }
}
