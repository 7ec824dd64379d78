package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import nl.wmokader.core.shared.Rounding;

/**
 * The survey's results by one breakdown: per group and statement the respondents, the distribution
 * over the scale and the share that agrees, as exact integers. No figure identifies a person: a
 * cell, or a group's count of responses, with fewer respondents than {@code minimumCell} is
 * suppressed; and where a single cell of a statement (or a single group's count) would be
 * suppressed, so is the next smallest, so that it cannot be derived from the region's total minus
 * the others. Free texts are never part of the results.
 */
public record SurveyResults(Breakdown by, int minimumCell, Seq<GroupResults> groups) {
  public SurveyResults {
    requireNonNull(by, "by");
    requireNonNull(groups, "groups");
  }

  /** The group named {@code group}, if any response fell in it. */
  public Option<GroupResults> group(String group) {
    return groups.find(g -> g.group().equals(group));
  }

  /** The results of {@code responses} (already narrowed to a period) under {@code questionnaire}'s statements. */
  public static SurveyResults tally(Questionnaire questionnaire, Seq<Response> responses, Breakdown by, int minimumCell) {
    TreeMap<String, Seq<Response>> byGroup = TreeMap.ofEntries(
        responses.groupBy(r -> by.groupOf(r.profile())).map(e -> Tuple.of(e._1, (Seq<Response>) e._2)));
    Seq<String> groups = byGroup.keySet().toList();
    Seq<String> statements = questionnaire.statements().map(Question.Statement::code);

    // group sizes, then each statement's counts per group
    Seq<Integer> sizes = groups.map(g -> byGroup.get(g).get().size());
    Seq<Boolean> sizeHidden = suppressed(sizes, minimumCell);
    Seq<Seq<Cell>> cellsByStatement = statements.map(s -> {
      Seq<int[]> counts = groups.map(g -> counts(byGroup.get(g).get(), s));
      Seq<Boolean> hidden = suppressed(counts.map(SurveyResults::respondents), minimumCell);
      return counts.zipWith(hidden, (c, h) -> h ? new Cell.Suppressed() : shown(c));
    });
    Seq<GroupResults> results = groups.zipWithIndex().map(gi -> new GroupResults(gi._1,
        sizeHidden.get(gi._2) ? Option.none() : Option.some(sizes.get(gi._2)),
        statements.zipWithIndex().map(si -> Tuple.of(si._1, cellsByStatement.get(si._2).get(gi._2)))));
    return new SurveyResults(by, minimumCell, results);
  }

  /**
   * Which of {@code sizes} (one per group) are suppressed: every one below {@code minimum} (an empty
   * one too: a statement nobody in the group answered); and when that is exactly one of several, the
   * smallest other as well (the first of equals), so that no single one follows from a total.
   */
  static Seq<Boolean> suppressed(Seq<Integer> sizes, int minimum) {
    Seq<Boolean> primary = sizes.map(n -> n < minimum);
    if (primary.count(h -> h) != 1 || sizes.size() < 2) {
      return primary;
    }
    int smallest = sizes.zipWithIndex().filter(t -> !primary.get(t._2)).minBy(Tuple2::_1).get()._2;
    return primary.update(smallest, true);
  }

  /** Counts of answers 1..5 at indices 0..4, n.v.t. at 5. */
  private static int[] counts(Seq<Response> responses, String statement) {
    int[] counts = new int[6];
    for (Response r : responses) {
      r.answers().scores().get(statement).forEach(a -> counts[a.score().map(s -> s - 1).getOrElse(5)]++);
    }
    return counts;
  }

  private static int respondents(int[] counts) {
    return counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
  }

  private static Cell shown(int[] c) {
    int respondents = respondents(c);
    int agreeing = c[3] + c[4];
    return new Cell.Shown(respondents, io.vavr.collection.List.of(c[0], c[1], c[2], c[3], c[4]), c[5], agreeing,
        Rounding.divideHalfUp(agreeing * 10_000L, respondents));
  }
}
