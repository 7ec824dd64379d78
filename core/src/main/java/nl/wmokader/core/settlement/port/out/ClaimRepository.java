package nl.wmokader.core.settlement.port.out;

import io.vavr.collection.Traversable;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.YearMonth;
import java.util.Comparator;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.settlement.domain.ClaimSummary;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * Stores answered claims: the hot path of settlement. Validation reads what it needs in one call
 * ({@link #ledgers}, {@link #usedReferences}) and writes the answer in one ({@link #save}): one
 * transaction, lines in batches, never a round trip per line.
 *
 * <p>The same store answers its read side ({@link SettlementTotals}): the totals are raised in the
 * transaction that saves the claim, so they never disagree with the claims.
 *
 * <p>A provider's references are registered on first use (every line of a saved claim except those
 * rejected with {@link RejectionCode#DUPLICATE_REFERENCE}); a ledger's version rises by one with
 * every saved claim that approves a line on it.
 */
public interface ClaimRepository extends SettlementTotals {

  /** The order of summary lists: month, then submission day, then claim number. */
  Comparator<ClaimSummary> ORDER = (a, b) -> {
    // by hand rather than a chain of key extractors: an in-memory store compares on every save
    int c = a.month().compareTo(b.month());
    if (c == 0) {
      c = a.submittedOn().compareTo(b.submittedOn());
    }
    if (c == 0) {
      c = a.number().compareTo(b.number());
    }
    return c != 0 ? c : a.provider().value().compareTo(b.provider().value());
  };


  Option<Claim> findById(ClaimId id);

  /** The claim {@code provider} submitted under {@code number}, if any. */
  Option<Claim> findByNumber(AgbCode provider, String number);

  /** One page of summaries of what {@code filter} matches, in {@link #ORDER}. */
  Page<ClaimSummary> findSummaries(ClaimFilter filter, PageRequest page);

  /** The complete ledgers of {@code assignments}: each with its approved lines and version (version 0 and no lines when none). */
  Map<AssignmentId, AssignmentLedger> ledgers(Set<AssignmentId> assignments);

  /**
   * The ledgers of {@code assignments} (distinct), one each, as validating lines of {@code months}
   * needs them: each holds
   * at least the approved lines of those months and the totals over all months (see
   * {@link AssignmentLedger#partial}). A store reads here what a claim needs, whatever the
   * history; the default answers the complete ledgers.
   */
  default Seq<AssignmentLedger> ledgers(Traversable<AssignmentId> assignments, Traversable<YearMonth> months) {
    return ledgers(io.vavr.collection.HashSet.ofAll(assignments)).values().toList();
  }

  /** Which of {@code references} (distinct) {@code provider} used in an earlier claim. */
  Set<String> usedReferences(AgbCode provider, Traversable<String> references);

  /**
   * Stores {@code claim} with its answers, registers its new references and moves every ledger in
   * {@code moved} on, all or nothing: each is the ledger as the claim leaves it, at the version
   * validation read, and is stored one version higher. {@code moved} names every assignment on which
   * the claim approves a line (and may name more); a caller that leaves one out gets no protection
   * for it.
   *
   * @return the claim; {@code Left(StaleVersion)} when a ledger moved or a reference was registered
   *     meanwhile (the caller validates again); {@code Left(Duplicate)} when the provider used the
   *     claim number already
   */
  Either<DomainError, Claim> save(Claim claim, Seq<AssignmentLedger> moved);
}
