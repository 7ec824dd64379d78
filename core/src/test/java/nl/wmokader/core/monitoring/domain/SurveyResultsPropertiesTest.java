package nl.wmokader.core.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import nl.wmokader.core.monitoring.MonitoringGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/**
 * Every figure of the results against a second, naive computation over the same responses, written
 * apart from the code under test (its own grouping, loops and rounding), suppression included.
 */
class SurveyResultsPropertiesTest implements WithQuickTheories {

  private static final Questionnaire STANDARD = Questionnaire.standard();

  /** The expected figures of one group, as the naive model computes them. */
  record Expected(String group, Integer responses, List<Object> cells) {}

  @Test
  void every_figure_agrees_with_a_naive_count_suppression_included() {
    qt().withExamples(300)
        .forAll(lists().of(MonitoringGen.responses(STANDARD)).ofSizeBetween(0, 90), integers().between(1, 12),
            integers().between(0, Breakdown.values().length - 1))
        .checkAssert((responses, minimum, b) -> {
          Breakdown by = Breakdown.values()[b];
          SurveyResults actual = SurveyResults.tally(STANDARD, io.vavr.collection.List.ofAll(responses), by, minimum);
          List<Expected> expected = naive(responses, by, minimum);
          assertThat(actual.by()).isEqualTo(by);
          assertThat(actual.minimumCell()).isEqualTo(minimum);
          assertThat(actual.groups().map(GroupResults::group)).containsExactlyElementsOf(
              expected.stream().map(Expected::group).toList());
          for (int g = 0; g < expected.size(); g++) {
            GroupResults group = actual.groups().get(g);
            assertThat(group.responses().getOrNull()).as(group.group()).isEqualTo(expected.get(g).responses());
            assertThat(group.statements().map(s -> s._1)).containsExactlyElementsOf(
                STANDARD.statements().map(Question::code));
            assertThat(group.statements().map(s -> (Object) s._2).toJavaList()).as(group.group())
                .isEqualTo(expected.get(g).cells());
          }
        });
  }

  @Test
  void no_shown_cell_is_smaller_than_the_minimum_and_no_suppressed_cell_stands_alone() {
    qt().withExamples(300)
        .forAll(lists().of(MonitoringGen.responses(STANDARD)).ofSizeBetween(0, 90), integers().between(1, 12),
            integers().between(0, Breakdown.values().length - 1))
        .checkAssert((responses, minimum, b) -> {
          SurveyResults results = SurveyResults.tally(STANDARD, io.vavr.collection.List.ofAll(responses),
              Breakdown.values()[b], minimum);
          for (Question.Statement s : STANDARD.statements()) {
            Seq<Cell> cells = results.groups().map(g -> g.cell(s.code()).get());
            cells.forEach(c -> {
              if (c instanceof Cell.Shown shown) {
                assertThat(shown.respondents()).isGreaterThanOrEqualTo(minimum);
              }
            });
            if (cells.size() > 1) {
              assertThat(cells.count(Cell::isSuppressed)).as(s.code()).isNotEqualTo(1);
            }
          }
          results.groups().forEach(g -> g.responses().forEach(n -> assertThat(n).isGreaterThanOrEqualTo(minimum)));
          if (results.groups().size() > 1) {
            assertThat(results.groups().count(g -> g.responses().isEmpty())).isNotEqualTo(1);
          }
        });
  }

  @Test
  void results_hold_no_free_text() {
    qt().forAll(lists().of(MonitoringGen.responses(STANDARD)).ofSizeBetween(1, 60),
            integers().between(0, Breakdown.values().length - 1))
        .checkAssert((responses, b) -> {
          String shown = SurveyResults.tally(STANDARD, io.vavr.collection.List.ofAll(responses),
              Breakdown.values()[b], 1).toString();
          responses.forEach(r -> r.answers().texts().values().forEach(t -> assertThat(shown).doesNotContain(t)));
        });
  }

  // the naive model: its own grouping, plain loops, suppression and rounding written out again

  private static String key(Breakdown by, Profile p) {
    return switch (by) {
      case REGION -> "region";
      case MEMBER -> p.member().value();
      case CARE_FORM -> p.form().isEmpty() ? "none" : p.form().get() == nl.wmokader.core.indication.domain.DeliveryForm.IN_KIND
          ? "in-kind" : "personal-budget";
      case PRODUCT_CATEGORY -> p.category().isEmpty() ? "none" : p.category().get().code();
      case AGE_BAND -> p.ageBand().code();
      case OCCASION -> p.occasion().name().toLowerCase(Locale.ROOT).replace('_', '-');
    };
  }

  private static List<Expected> naive(List<Response> responses, Breakdown by, int minimum) {
    TreeMap<String, List<Response>> groups = new TreeMap<>();
    for (Response r : responses) {
      groups.computeIfAbsent(key(by, r.profile()), k -> new ArrayList<>()).add(r);
    }
    List<String> keys = new ArrayList<>(groups.keySet());
    int[] sizes = keys.stream().mapToInt(k -> groups.get(k).size()).toArray();
    boolean[] sizeHidden = hide(sizes, minimum);
    List<List<Object>> cellsByGroup = new ArrayList<>();
    keys.forEach(k -> cellsByGroup.add(new ArrayList<>()));
    for (Question.Statement s : STANDARD.statements()) {
      int[][] counts = new int[keys.size()][6];
      int[] respondents = new int[keys.size()];
      for (int g = 0; g < keys.size(); g++) {
        for (Response r : groups.get(keys.get(g))) {
          Agreement a = r.answers().scores().get(s.code()).getOrNull();
          if (a == null) {
            continue;
          }
          int index = switch (a) {
            case STRONGLY_DISAGREE -> 0;
            case DISAGREE -> 1;
            case NEUTRAL -> 2;
            case AGREE -> 3;
            case STRONGLY_AGREE -> 4;
            case NOT_APPLICABLE -> 5;
          };
          counts[g][index]++;
          if (index < 5) {
            respondents[g]++;
          }
        }
      }
      boolean[] hidden = hide(respondents, minimum);
      for (int g = 0; g < keys.size(); g++) {
        int[] c = counts[g];
        int agreeing = c[3] + c[4];
        cellsByGroup.get(g).add(hidden[g] ? new Cell.Suppressed()
            : new Cell.Shown(respondents[g], io.vavr.collection.List.of(c[0], c[1], c[2], c[3], c[4]), c[5], agreeing,
                (agreeing * 20_000L + respondents[g]) / (2L * respondents[g])));
      }
    }
    List<Expected> expected = new ArrayList<>();
    for (int g = 0; g < keys.size(); g++) {
      expected.add(new Expected(keys.get(g), sizeHidden[g] ? null : sizes[g], cellsByGroup.get(g)));
    }
    return expected;
  }

  /** Below the minimum; and if that is one alone among several, the smallest other (the first of equals) too. */
  private static boolean[] hide(int[] sizes, int minimum) {
    boolean[] hidden = new boolean[sizes.length];
    int count = 0;
    for (int i = 0; i < sizes.length; i++) {
      hidden[i] = sizes[i] < minimum;
      count += hidden[i] ? 1 : 0;
    }
    if (count == 1 && sizes.length > 1) {
      int smallest = -1;
      for (int i = 0; i < sizes.length; i++) {
        if (!hidden[i] && (smallest < 0 || sizes[i] < sizes[smallest])) {
          smallest = i;
        }
      }
      hidden[smallest] = true;
    }
    return hidden;
  }
}
