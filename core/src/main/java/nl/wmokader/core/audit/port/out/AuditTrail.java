package nl.wmokader.core.audit.port.out;

import io.vavr.collection.Seq;
import nl.wmokader.core.shared.DomainError;
import java.util.function.Supplier;
import io.vavr.control.Either;
import java.util.Comparator;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.domain.AuditSearch;
import nl.wmokader.core.audit.domain.ChainHead;
import nl.wmokader.core.audit.domain.ChainKey;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * Stores the audit trail: entries are appended, chained, and never changed or removed. Lists of
 * entries come {@link #NEWEST_FIRST}. A store fault is an {@code InfrastructureException}: an
 * access whose record cannot be stored must not go ahead, so there is no answer that says "not
 * recorded".
 */
public interface AuditTrail {

  /** Newest first: by instant, then number in the chain, both descending; then by chain. */
  Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing((AuditEntry e) -> e.record().at()).reversed()
      .thenComparing(Comparator.comparingLong(AuditEntry::seq).reversed())
      .thenComparing(AuditEntry::chain);

  /**
   * Appends {@code records} (a batch: one call, however many) to their chains ({@link
   * ChainKey#of}), each after the last entry of its chain in the order given, all or none. Appends
   * to one chain wait for each other, so that a chain never forks and no number is given twice;
   * appends to different chains do not. Answers the stored entries in the order of {@code records}.
   */
  Seq<AuditEntry> append(Seq<AuditRecord> records);

  /**
   * Runs {@code change} (one or more writes to this store's database) and stores {@code records}
   * with it: in the change's transaction where the store shares one with it, so that the change
   * and its records commit or roll back together; else right after a change that succeeded.
   * Nothing is stored when the change answers {@code Left}. A record that cannot be stored fails
   * the change (it throws, and a shared transaction is rolled back).
   */
  <T> Either<DomainError, T> appendWith(Seq<AuditRecord> records, Supplier<Either<DomainError, T>> change);

  /** Up to {@code limit} entries of {@code chain} from number {@code fromSeq} on, in the order of their numbers, as stored. */
  Seq<AuditEntry> chain(ChainKey chain, long fromSeq, int limit);

  /** The heads of the chains of the days of {@code days} (an open end: every day from its start on), in chain order. */
  Seq<ChainHead> chains(DateRange days);

  /** One page of the entries that name {@code client}, {@link #NEWEST_FIRST}. */
  Page<AuditEntry> byClient(Bsn client, PageRequest page);

  /** Whether the party {@code party} acts for (its role and organisation; the person aside) was allowed an access to {@code client}'s data. */
  boolean hasAccessed(Actor party, Bsn client);

  /** One page of the entries {@code search} matches, {@link #NEWEST_FIRST}. */
  Page<AuditEntry> search(AuditSearch search, PageRequest page);
}
