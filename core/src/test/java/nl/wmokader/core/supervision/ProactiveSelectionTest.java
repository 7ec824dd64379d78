package nl.wmokader.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.supervision.domain.ProactiveSelection;
import nl.wmokader.core.supervision.domain.SelectedProvider;
import nl.wmokader.core.supervision.domain.SelectionCandidate;
import nl.wmokader.core.supervision.domain.SelectionError;
import nl.wmokader.core.supervision.domain.SelectionReason;
import nl.wmokader.core.supervision.domain.SelectionResult;
import nl.wmokader.core.supervision.domain.SelectionTerms;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;

class ProactiveSelectionTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
  private static final SelectionTerms TERMS = SelectionTerms.reference(); // capacity 12, coverage 4 years

  private static AgbCode agb(int n) {
    return AgbCode.of(String.format("980000%02d", n));
  }

  /** Active since 2024, investigated last year: not due. */
  private static SelectionCandidate fresh(int n, int signals) {
    return new SelectionCandidate(agb(n), true, LocalDate.of(2024, 3, 1), signals, Money.euros(100_000, 0), 20,
        Option.some(LocalDate.of(2025, 6, 1)));
  }

  private static SelectionCandidate lastSeen(int n, LocalDate last) {
    return new SelectionCandidate(agb(n), true, LocalDate.of(2015, 1, 1), 0, Money.ZERO, 0, Option.some(last));
  }

  private static SelectionResult select(List<SelectionCandidate> candidates, SelectionTerms terms, long seed) {
    return Results.right(ProactiveSelection.select(candidates, terms, AS_OF, seed));
  }

  @Test
  void due_providers_come_first_most_overdue_first_even_before_high_risk() {
    List<SelectionCandidate> candidates = List.of(
        fresh(1, 40),
        lastSeen(2, LocalDate.of(2021, 5, 1)),   // deadline 2025-05-01: already past
        lastSeen(3, LocalDate.of(2022, 6, 1)),   // deadline 2026-06-01: within the year
        lastSeen(4, LocalDate.of(2020, 1, 1)));  // deadline 2024-01-01: most overdue

    SelectionResult result = select(candidates, TERMS.withCapacity(2), 7);

    assertThat(result.selected()).extracting(SelectedProvider::provider, SelectedProvider::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(agb(4), SelectionReason.COVERAGE),
        org.assertj.core.groups.Tuple.tuple(agb(2), SelectionReason.COVERAGE));
    assertThat(result.selected().get(0).coverageDeadline()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(result.dueButNotSelected()).containsExactly(agb(3));
  }

  @Test
  void the_remaining_capacity_goes_to_the_risk_draw() {
    List<SelectionCandidate> candidates = List.of(fresh(1, 0), fresh(2, 5), fresh(3, 1), lastSeen(4, LocalDate.of(2020, 1, 1)));

    SelectionResult result = select(candidates, TERMS.withCapacity(3), 7);

    assertThat(result.selected().head()).extracting(SelectedProvider::provider, SelectedProvider::reason)
        .containsExactly(agb(4), SelectionReason.COVERAGE);
    assertThat(result.selected().tail()).hasSize(2).allSatisfy(s -> assertThat(s.reason()).isEqualTo(SelectionReason.RISK));
    assertThat(result.dueButNotSelected()).isEmpty();
  }

  @Test
  void coverage_boundary_a_deadline_inside_the_selection_year_is_due_one_on_its_last_day_is_not() {
    // Never investigated: the clock starts when the provider became active.
    SelectionCandidate justDue = new SelectionCandidate(agb(1), true, LocalDate.of(2022, 12, 31), 0, Money.ZERO, 0, Option.none());
    SelectionCandidate notYet = new SelectionCandidate(agb(2), true, LocalDate.of(2023, 1, 1), 0, Money.ZERO, 0, Option.none());

    assertThat(justDue.coverageDeadline(4)).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(justDue.isDue(4, AS_OF)).isTrue();
    assertThat(notYet.coverageDeadline(4)).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(notYet.isDue(4, AS_OF)).isFalse();
    assertThat(select(List.of(justDue, notYet), TERMS.withCapacity(1), 3).selected())
        .extracting(SelectedProvider::provider, SelectedProvider::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(agb(1), SelectionReason.COVERAGE));
  }

  @Test
  void capacity_zero_selects_nobody_and_reports_the_due_providers() {
    List<SelectionCandidate> candidates = List.of(fresh(1, 3), lastSeen(2, LocalDate.of(2019, 1, 1)));

    SelectionResult result = select(candidates, TERMS.withCapacity(0), 1);

    assertThat(result.selected()).isEmpty();
    assertThat(result.dueButNotSelected()).containsExactly(agb(2));
  }

  @Test
  void fewer_active_candidates_than_capacity_selects_all_active_and_never_an_inactive_one() {
    SelectionCandidate inactive = new SelectionCandidate(agb(9), false, LocalDate.of(2010, 1, 1), 30, Money.euros(5_000_000, 0),
        900, Option.none()); // long unseen and risky, but its contracts ended
    List<SelectionCandidate> candidates = List.of(fresh(1, 0), inactive, fresh(2, 2), lastSeen(3, LocalDate.of(2020, 2, 2)));

    SelectionResult result = select(candidates, TERMS, 11);

    assertThat(result.providers().toSet()).containsExactlyInAnyOrder(agb(1), agb(2), agb(3));
    assertThat(result.contains(agb(9))).isFalse();
    assertThat(result.dueButNotSelected()).isEmpty();
  }

  @Test
  void no_candidates_selects_nobody() {
    assertThat(select(List.empty(), TERMS, 5).selected()).isEmpty();
  }

  @Test
  void the_seed_decides_the_risk_draw_and_is_recorded() {
    List<SelectionCandidate> candidates = List.range(1, 21).map(n -> fresh(n, n % 4));
    SelectionTerms three = TERMS.withCapacity(3);

    List<SelectionResult> draws = List.range(0L, 20L).map(seed -> select(candidates, three, seed));

    assertThat(draws.map(SelectionResult::providers).distinct().size()).as("different seeds, different draws").isGreaterThan(1);
    assertThat(draws.get(4).seed()).isEqualTo(4L);
    assertThat(select(candidates, three, 4)).isEqualTo(draws.get(4));
  }

  @Test
  void the_chance_to_be_drawn_first_is_proportional_to_the_risk_weight() {
    // Weights 1 and 10 (only signals count): the heavy one wins with chance 10/11 ≈ 909 in 1000.
    SelectionTerms signalsOnly = new SelectionTerms(1, 10, 3, 0, 0, 0);
    List<SelectionCandidate> candidates = List.of(fresh(1, 0), fresh(2, 3));

    long heavyWins = List.range(0L, 1000L).count(seed -> select(candidates, signalsOnly, seed).contains(agb(2)));

    assertThat(heavyWins).isBetween(870L, 945L);
  }

  @Test
  void risk_weight_follows_the_documented_formula() {
    // reference weights 3/1/1/1: 1 + 3·2 signals + log2(1 + 1023 thousand euros) + log2(1 + 7 clients) + 2 whole years unseen
    SelectionCandidate c = new SelectionCandidate(agb(1), true, LocalDate.of(2018, 1, 1), 2, Money.euros(1_023_999, 99), 7,
        Option.some(LocalDate.of(2023, 6, 1)));

    assertThat(c.riskWeight(TERMS, AS_OF)).isCloseTo(1 + 6 + 10 + 3 + 2, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void duplicate_providers_are_rejected() {
    SelectionError error = Results.left(ProactiveSelection.select(List.of(fresh(1, 0), fresh(2, 0), fresh(1, 3)), TERMS, AS_OF, 0),
        SelectionError.DuplicateProviders.class);

    assertThat(((SelectionError.DuplicateProviders) error).providers()).containsExactly(agb(1));
    assertThat(error.kind()).isEqualTo(ErrorKind.REJECTED);
  }

  @Test
  void an_investigation_after_the_selection_date_is_rejected() {
    SelectionError.InvestigatedAfterSelectionDate error = Results.left(
        ProactiveSelection.select(List.of(lastSeen(1, AS_OF.plusDays(1))), TERMS, AS_OF, 0),
        SelectionError.InvestigatedAfterSelectionDate.class);

    assertThat(error.provider()).isEqualTo(agb(1));
    assertThat(error.message()).contains("98000001", "2026-01-02");
  }

  @Test
  void invalid_terms_and_candidates_are_refused_at_construction() {
    assertThatThrownBy(() -> new SelectionTerms(-1, 4, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SelectionTerms(5, 0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SelectionTerms(5, 4, 1, -1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SelectionCandidate(agb(1), true, AS_OF, -1, Money.ZERO, 0, Option.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SelectionCandidate(agb(1), true, AS_OF, 0, Money.ofCents(-1), 0, Option.none()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
