package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Map;

/**
 * A client's answers, by question code: the statements' points on the scale and the open
 * questions' texts. Only questions answered are present; a questionnaire has checked them
 * ({@link Questionnaire#read}).
 */
public record Answers(Map<String, Agreement> scores, Map<String, String> texts) {
  public Answers {
    requireNonNull(scores, "scores");
    requireNonNull(texts, "texts");
    if (scores.isEmpty() && texts.isEmpty()) {
      throw new IllegalArgumentException("answers answer at least one question");
    }
  }
}
