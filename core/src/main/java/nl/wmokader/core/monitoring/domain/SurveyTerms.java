package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

/**
 * The survey's configuration: the questionnaire, and the fewest respondents a cell of the results
 * may show (small-cell suppression: a smaller cell is reported as suppressed, without its counts).
 */
public record SurveyTerms(Questionnaire questionnaire, int minimumCell) {

  /** The default minimum cell: 10 respondents. */
  public static final int DEFAULT_MINIMUM_CELL = 10;

  public SurveyTerms {
    requireNonNull(questionnaire, "questionnaire");
    if (minimumCell < 1) {
      throw new IllegalArgumentException("the minimum cell is at least 1");
    }
  }

  /** The standard questionnaire and a minimum cell of 10. */
  public static SurveyTerms reference() {
    return new SurveyTerms(Questionnaire.standard(), DEFAULT_MINIMUM_CELL);
  }
}
