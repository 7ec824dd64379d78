package nl.wmokader.core.obligations.domain;

/**
 * The verdict on one obligation for one year as of a date. As the date moves on (and nothing else
 * changes) an evaluation only moves forward: not yet due, then pending, then a verdict.
 */
public enum EvaluationStatus {
  /** The year, or the deadline that closes it, has not come: nothing is owed yet. */
  NOT_YET_DUE(0),
  /** The year is over and evidence (a spending report, a declaration, a report) is missing before its deadline. */
  PENDING(1),
  /** Met. */
  COMPLIANT(2),
  /** Not met; for the percentage obligations with the amount still owed. */
  SHORTFALL(2);

  private final int rank;

  EvaluationStatus(int rank) {
    this.rank = rank;
  }

  /** 0 not yet due, 1 pending, 2 a verdict: never falls as the evaluation date moves on. */
  public int rank() {
    return rank;
  }

  /** Whether this is a verdict (compliant or shortfall). */
  public boolean isVerdict() {
    return rank == 2;
  }
}
