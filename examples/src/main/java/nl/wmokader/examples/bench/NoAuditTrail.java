package nl.wmokader.examples.bench;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.function.Supplier;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.domain.AuditSearch;
import nl.wmokader.core.audit.domain.ChainHead;
import nl.wmokader.core.audit.domain.ChainKey;
import nl.wmokader.core.audit.port.out.AuditTrail;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * A trail that keeps nothing, for the benchmark row that measures what the audit trail costs (the same
 * work with it and without it). Never for a service: NEN 7513 asks for every access on record.
 */
final class NoAuditTrail implements AuditTrail {

  @Override
  public Seq<AuditEntry> append(Seq<AuditRecord> records) {
    return List.empty();
  }

  @Override
  public <T> Either<DomainError, T> appendWith(Seq<AuditRecord> records, Supplier<Either<DomainError, T>> change) {
    return change.get();
  }

  @Override
  public Seq<AuditEntry> chain(ChainKey chain, long fromSeq, int limit) {
    return List.empty();
  }

  @Override
  public Seq<ChainHead> chains(DateRange days) {
    return List.empty();
  }

  @Override
  public Page<AuditEntry> byClient(Bsn client, PageRequest page) {
    return new Page<>(List.empty(), 0, page);
  }

  @Override
  public boolean hasAccessed(Actor party, Bsn client) {
    return false;
  }

  @Override
  public Page<AuditEntry> search(AuditSearch search, PageRequest page) {
    return new Page<>(List.empty(), 0, page);
  }
}
