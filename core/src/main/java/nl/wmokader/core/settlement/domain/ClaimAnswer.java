package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.shared.Money;

/**
 * The outcome of validating a claim's lines: the answered lines in the submitted order, and the
 * ledgers on which a line was approved as the claim leaves them, each still at the version
 * validation read (the store moves them on atomically, or refuses when one moved meanwhile).
 */
public record ClaimAnswer(Seq<AnsweredLine> lines, Seq<AssignmentLedger> moved) {
  public ClaimAnswer {
    requireNonNull(lines, "lines");
    requireNonNull(moved, "moved");
  }

  /** The assignments on which a line was approved. */
  public Set<AssignmentId> approvedOn() {
    return moved.map(AssignmentLedger::assignment).toLinkedSet();
  }

  public Money approvedTotal() {
    return lines.filter(AnsweredLine::isApproved).foldLeft(Money.ZERO, (sum, l) -> sum.plus(l.line().signedAmount()));
  }
}
