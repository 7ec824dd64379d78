package nl.wmokader.core.supervision.domain;

/**
 * The region's configuration of the yearly proactive selection (issue 6).
 *
 * <p>{@code capacity} is the number of proactive investigations per year (≥ 0).
 * {@code coverageYears} (≥ 1) is the longest an active provider may go without an investigation:
 * see {@link SelectionCandidate#coverageDeadline(int)}. The four weights (≥ 0) scale the risk
 * factors of {@link SelectionCandidate#riskWeight(SelectionTerms, java.time.LocalDate)}; a weight of
 * zero switches a factor off, all zero makes the risk draw uniform.
 */
public record SelectionTerms(int capacity, int coverageYears, int signalWeight, int turnoverWeight,
                             int clientWeight, int yearsUnseenWeight) {

  public SelectionTerms {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be at least 0: " + capacity);
    }
    if (coverageYears < 1) {
      throw new IllegalArgumentException("the coverage limit must be at least 1 year: " + coverageYears);
    }
    if (signalWeight < 0 || turnoverWeight < 0 || clientWeight < 0 || yearsUnseenWeight < 0) {
      throw new IllegalArgumentException("risk weights must be at least 0");
    }
  }

  /**
   * Defaults for a mid-sized region: 12 investigations a year, no active provider unseen for more
   * than 4 years; a signal weighs 3, each doubling of turnover (in thousands of euros) and of the
   * client count 1, each whole year unseen 1. So three signals count as much as an eightfold
   * larger provider: signals dominate, size and time unseen break the tie.
   */
  public static SelectionTerms reference() {
    return new SelectionTerms(12, 4, 3, 1, 1, 1);
  }

  /** These terms with another capacity. */
  public SelectionTerms withCapacity(int newCapacity) {
    return new SelectionTerms(newCapacity, coverageYears, signalWeight, turnoverWeight, clientWeight, yearsUnseenWeight);
  }
}
