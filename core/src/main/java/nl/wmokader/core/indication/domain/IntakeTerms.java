package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;

import java.time.Period;

/**
 * The lengths of the intake terms, configurable; {@link #reference()} holds the statutory ones.
 *
 * @param assessment report to completed assessment (Wmo 2015 art. 2.3.2: six weeks)
 * @param decision application to decision (Wmo 2015 art. 2.3.5: two weeks)
 * @param objection decision to the end of the objection window (Awb art. 6:7: six weeks)
 * @param objectionDecision objection filed to the decision on it (Awb art. 7:10: six or twelve weeks,
 *     by whether an advisory committee hears it; the region's reference is twelve)
 */
public record IntakeTerms(Period assessment, Period decision, Period objection, Period objectionDecision) {
  public IntakeTerms {
    requirePositive(assessment, "assessment");
    requirePositive(decision, "decision");
    requirePositive(objection, "objection");
    requirePositive(objectionDecision, "objectionDecision");
  }

  public static IntakeTerms reference() {
    return new IntakeTerms(Period.ofWeeks(6), Period.ofWeeks(2), Period.ofWeeks(6), Period.ofWeeks(12));
  }

  public IntakeTerms withObjectionDecision(Period length) {
    return new IntakeTerms(assessment, decision, objection, length);
  }

  private static void requirePositive(Period p, String name) {
    requireNonNull(p, name);
    if (p.isNegative() || p.isZero()) {
      throw new IllegalArgumentException(name + " term must be positive");
    }
  }
}
