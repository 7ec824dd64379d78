package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A claim line with its answer (iWmo 325): approved as a whole when it has no rejection, else
 * rejected with every code that applies. {@code chargedTo} is the member municipality whose
 * settlement an approved line counts in (the municipality the case's costs are attributed to); it
 * is known whenever the line's assignment is.
 */
public record AnsweredLine(ClaimLine line, SortedSet<RejectionCode> rejections, Option<MunicipalityCode> chargedTo) {

  public AnsweredLine {
    requireNonNull(line, "line");
    requireNonNull(rejections, "rejections");
    requireNonNull(chargedTo, "chargedTo");
    if (rejections.isEmpty() && chargedTo.isEmpty()) {
      throw new IllegalArgumentException("an approved line is charged to a member");
    }
  }

  public static AnsweredLine approved(ClaimLine line, MunicipalityCode chargedTo) {
    return new AnsweredLine(line, TreeSet.empty(), Option.some(chargedTo));
  }

  public boolean isApproved() {
    return rejections.isEmpty();
  }

  /** The iWmo retourcodes of the answer: {@code 8001} when approved. */
  public Seq<String> answerCodes() {
    return isApproved() ? List.of(RejectionCode.APPROVED_CODE) : rejections.toList().map(RejectionCode::code);
  }
}
