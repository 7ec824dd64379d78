package nl.wmokader.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple;
import io.vavr.Tuple4;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.supervision.domain.ProactiveSelection;
import nl.wmokader.core.supervision.domain.SelectedProvider;
import nl.wmokader.core.supervision.domain.SelectionCandidate;
import nl.wmokader.core.supervision.domain.SelectionReason;
import nl.wmokader.core.supervision.domain.SelectionResult;
import nl.wmokader.core.supervision.domain.SelectionTerms;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

class ProactiveSelectionPropertiesTest implements WithQuickTheories {

  private static SelectionResult select(List<SelectionCandidate> candidates, SelectionTerms terms, long seed) {
    return Results.right(ProactiveSelection.select(candidates, terms, SupervisionGen.AS_OF, seed));
  }

  private static List<SelectionCandidate> active(List<SelectionCandidate> candidates) {
    return candidates.filter(SelectionCandidate::active);
  }

  private static Set<AgbCode> due(List<SelectionCandidate> candidates, SelectionTerms terms) {
    return candidates.filter(c -> c.isDue(terms.coverageYears(), SupervisionGen.AS_OF))
        .map(SelectionCandidate::provider).toSet();
  }

  @Test
  void never_exceeds_capacity_and_fills_it_when_enough_providers_are_active() {
    qt().forAll(SupervisionGen.candidates(), SupervisionGen.terms(), SupervisionGen.seeds()).checkAssert((cs, terms, seed) -> {
      SelectionResult result = select(cs, terms, seed);
      assertThat(result.selected().size()).isLessThanOrEqualTo(terms.capacity())
          .isEqualTo(Math.min(terms.capacity(), active(cs).size()));
      assertThat(result.providers().distinct()).hasSameSizeAs(result.providers());
    });
  }

  @Test
  void only_active_providers_are_selected() {
    qt().forAll(SupervisionGen.candidates(), SupervisionGen.terms(), SupervisionGen.seeds()).checkAssert((cs, terms, seed) ->
        assertThat(active(cs).map(SelectionCandidate::provider).toSet().containsAll(select(cs, terms, seed).providers()))
            .isTrue());
  }

  @Test
  void every_due_provider_is_selected_while_capacity_allows_and_only_due_ones_beyond() {
    qt().forAll(SupervisionGen.candidates(), SupervisionGen.terms(), SupervisionGen.seeds()).checkAssert((cs, terms, seed) -> {
      SelectionResult result = select(cs, terms, seed);
      Set<AgbCode> due = due(cs, terms);
      Set<AgbCode> chosen = result.providers().toSet();
      Set<AgbCode> byCoverage = result.selected().filter(s -> s.reason() == SelectionReason.COVERAGE)
          .map(SelectedProvider::provider).toSet();
      if (due.size() <= terms.capacity()) {
        assertThat(chosen.containsAll(due)).as("all %s due selected", due).isTrue();
        assertThat(byCoverage).isEqualTo(due);
        assertThat(result.dueButNotSelected()).isEmpty();
      } else {
        assertThat(chosen.size()).isEqualTo(terms.capacity());
        assertThat(due.containsAll(chosen)).as("only due providers selected").isTrue();
        assertThat(byCoverage).isEqualTo(chosen);
        assertThat(result.dueButNotSelected().toSet()).isEqualTo(due.removeAll(chosen));
      }
    });
  }

  @Test
  void the_same_seed_gives_the_same_selection_whatever_the_order_of_the_candidates() {
    qt().forAll(SupervisionGen.candidates(), SupervisionGen.terms(), SupervisionGen.seeds()).checkAssert((cs, terms, seed) -> {
      SelectionResult once = select(cs, terms, seed);
      assertThat(select(cs, terms, seed)).isEqualTo(once);
      assertThat(select(cs.reverse(), terms, seed)).isEqualTo(once);
      assertThat(select(cs.sortBy(c -> Long.toString(ProactiveSelection.uniform(seed ^ 1, c.provider()) > 0.5 ? 0 : 1)
          + c.provider()), terms, seed)).isEqualTo(once);
    });
  }

  @Test
  void raising_one_providers_risk_never_removes_it_from_the_selection() {
    qt().forAll(SupervisionGen.candidates().assuming(cs -> !cs.isEmpty()), SupervisionGen.terms(), SupervisionGen.seeds(), raises())
        .checkAssert((cs, terms, seed, raise) -> {
          int i = raise._1 % cs.size();
          SelectionCandidate c = cs.get(i);
          SelectionCandidate riskier = new SelectionCandidate(c.provider(), c.active(), c.activeSince(),
              c.signals() + raise._2, c.turnover().plus(Money.ofCents(raise._3)), c.clients() + raise._4,
              c.lastInvestigated());
          SelectionResult before = select(cs, terms, seed);
          SelectionResult after = select(cs.update(i, riskier), terms, seed);
          if (before.contains(c.provider())) {
            assertThat(after.contains(c.provider())).as("%s stays selected", c.provider()).isTrue();
          }
        });
  }

  /** Which candidate (an index, taken modulo the size) and by how much: signals, turnover in cents, clients. */
  private Gen<Tuple4<Integer, Integer, Long, Integer>> raises() {
    return rs -> Tuple.of(integers().between(0, 24).generate(rs), integers().between(0, 10).generate(rs),
        longs().between(0, 1_000_000_000L).generate(rs), integers().between(0, 3_000).generate(rs));
  }

  @Test
  void a_higher_risk_weight_gives_a_higher_key_under_the_same_seed() {
    qt().forAll(SupervisionGen.seeds(), integers().between(0, 999_999), doubles().between(1, 1_000), doubles().between(0, 1_000))
        .checkAssert((seed, n, weight, raise) -> {
          AgbCode provider = AgbCode.of(String.format("98%06d", n));
          double u = ProactiveSelection.uniform(seed, provider);
          assertThat(u).isGreaterThan(0).isLessThan(1);
          assertThat(ProactiveSelection.key(seed, provider, weight + raise))
              .isGreaterThanOrEqualTo(ProactiveSelection.key(seed, provider, weight));
        });
  }
}
