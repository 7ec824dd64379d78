package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.shared.Money;

/**
 * The outcome of validating a claim's lines: the answered lines in the submitted order, and the
 * assignments on which a line was approved (whose ledgers the store must move on atomically).
 */
public record ClaimAnswer(Seq<AnsweredLine> lines, Set<AssignmentId> approvedOn) {
  public ClaimAnswer {
    requireNonNull(lines, "lines");
    requireNonNull(approvedOn, "approvedOn");
  }

  public Money approvedTotal() {
    return lines.filter(AnsweredLine::isApproved).foldLeft(Money.ZERO, (sum, l) -> sum.plus(l.line().signedAmount()));
  }
}
