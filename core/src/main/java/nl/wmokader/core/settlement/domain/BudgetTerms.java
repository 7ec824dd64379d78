package nl.wmokader.core.settlement.domain;

/**
 * When a forecast signals overspending: above the budget by more than {@code marginBasisPoints}
 * (1/100 of a percent) of it. Configuration; the default is 2%.
 */
public record BudgetTerms(long marginBasisPoints) {
  public static final BudgetTerms DEFAULT = new BudgetTerms(200);

  public BudgetTerms {
    if (marginBasisPoints < 0 || marginBasisPoints > 10_000) {
      throw new IllegalArgumentException("a margin is 0 to 10,000 basis points");
    }
  }
}
