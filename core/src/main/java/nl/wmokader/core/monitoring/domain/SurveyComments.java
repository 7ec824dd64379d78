package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;

/**
 * The free texts of one group of a breakdown, for the region's staff only: per open question code
 * the texts, sorted (not in the order they came, which could match them to invitations). Suppressed,
 * with no text, when the group has fewer responses than the minimum cell.
 */
public record SurveyComments(Breakdown by, String group, boolean suppressed, Seq<Tuple2<String, String>> texts) {
  public SurveyComments {
    requireNonNull(by, "by");
    requireNonNull(group, "group");
    requireNonNull(texts, "texts");
    if (suppressed && !texts.isEmpty()) {
      throw new IllegalArgumentException("suppressed comments show no text");
    }
  }

  /** The texts of {@code responses} (already narrowed to a period) in {@code group} of {@code by}. */
  public static SurveyComments of(Questionnaire questionnaire, Seq<Response> responses, Breakdown by, String group,
                                  int minimumCell) {
    Seq<Response> inGroup = responses.filter(r -> by.groupOf(r.profile()).equals(group));
    if (inGroup.size() < minimumCell) {
      return new SurveyComments(by, group, true, io.vavr.collection.List.empty());
    }
    Seq<Tuple2<String, String>> texts = questionnaire.openQuestions().map(Question::code)
        .flatMap(q -> inGroup.flatMap(r -> r.answers().texts().get(q)).sorted().map(t -> new Tuple2<>(q, t)));
    return new SurveyComments(by, group, false, texts);
  }
}
