package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import nl.wmokader.core.indication.domain.AssignmentId;

/**
 * The approved lines on one assignment, from every claim so far, with a version that a store raises
 * whenever a claim approves a line on it. Validation reads the ledgers it needs once; saving the
 * answer checks that none of them moved in between, so that two concurrent claims can never both
 * spend the same assigned volume.
 */
public record AssignmentLedger(AssignmentId assignment, long version, Seq<ClaimLine> approved) {

  public AssignmentLedger {
    requireNonNull(assignment, "assignment");
    requireNonNull(approved, "approved");
    if (version < 0) {
      throw new IllegalArgumentException("version >= 0");
    }
  }

  public static AssignmentLedger empty(AssignmentId assignment) {
    return new AssignmentLedger(assignment, 0, List.empty());
  }

  /** The references of the debits that an approved credit took back. */
  public Set<String> creditedReferences() {
    return approved.filter(ClaimLine::isCredit).flatMap(ClaimLine::previousReference).toSet();
  }

  /** Approved debits not credited: what counts against the assigned volume. */
  public Seq<ClaimLine> activeDebits() {
    Set<String> credited = creditedReferences();
    return approved.filter(l -> !l.isCredit() && !credited.contains(l.reference()));
  }

  public Option<ClaimLine> approvedDebit(String reference) {
    return approved.find(l -> !l.isCredit() && l.reference().equals(reference));
  }

  /** This ledger after one more approved line (the version is the store's business). */
  public AssignmentLedger with(ClaimLine line) {
    return new AssignmentLedger(assignment, version, approved.append(line));
  }
}
