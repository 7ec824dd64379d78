package nl.wmokader.core.settlement.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wmokader.core.settlement.ClaimStoreFixture;
import nl.wmokader.core.settlement.domain.Budget;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The contract of {@link BudgetRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class BudgetRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract BudgetRepository newRepository();

  private static Budget budget(long cents) {
    return new Budget(ClaimStoreFixture.BERNHEZE, 2026, Money.ofCents(cents), 0);
  }

  @Test
  void a_member_holds_budgets_once_one_is_stored_for_any_year() {
    BudgetRepository repo = newRepository();
    assertThat(repo.holdsAny(ClaimStoreFixture.BERNHEZE)).isFalse();
    Results.right(repo.save(new Budget(ClaimStoreFixture.BERNHEZE, 2031, Money.ofCents(5), 0)));
    assertThat(repo.holdsAny(ClaimStoreFixture.BERNHEZE)).isTrue();
    assertThat(repo.holdsAny(ClaimStoreFixture.BOEKEL)).isFalse();
  }

  @Test
  void an_unknown_budget_is_absent() {
    assertThat(newRepository().find(ClaimStoreFixture.BERNHEZE, 2026).isEmpty()).isTrue();
  }

  @Test
  void save_then_find_round_trips_with_the_version_raised() {
    qt().withExamples(40).forAll(longs().between(0, 99_999_999_999L), integers().between(2020, 2035)).checkAssert((cents, year) -> {
      BudgetRepository repo = newRepository();
      Budget b = new Budget(ClaimStoreFixture.BOEKEL, year, Money.ofCents(cents), 0);
      Budget saved = Results.right(repo.save(b));
      assertThat(saved).isEqualTo(new Budget(b.member(), year, b.amount(), 1));
      assertThat(repo.find(b.member(), year)).containsExactly(saved);
      assertThat(repo.find(b.member(), year + 1).isEmpty()).isTrue();
      assertThat(repo.find(ClaimStoreFixture.BERNHEZE, year).isEmpty()).isTrue();
    });
  }

  @Test
  void an_update_needs_the_stored_version_and_a_stale_one_changes_nothing() {
    BudgetRepository repo = newRepository();
    Budget first = Results.right(repo.save(budget(1_000_000_00)));
    Budget second = Results.right(repo.save(first.withAmount(Money.ofCents(1_200_000_00))));
    assertThat(second.version()).isEqualTo(2);

    Results.left(repo.save(first.withAmount(Money.ZERO)), CommonError.StaleVersion.class);
    Results.left(repo.save(budget(5)), CommonError.StaleVersion.class);
    Results.left(repo.save(new Budget(second.member(), second.year(), Money.ZERO, 7)), CommonError.StaleVersion.class);
    assertThat(repo.find(ClaimStoreFixture.BERNHEZE, 2026)).containsExactly(second);

    Results.left(repo.save(new Budget(ClaimStoreFixture.BOEKEL, 2026, Money.ZERO, 1)), CommonError.StaleVersion.class);
    assertThat(repo.find(ClaimStoreFixture.BOEKEL, 2026).isEmpty()).isTrue();
  }

  @Test
  void budgets_are_kept_per_member_and_year() {
    BudgetRepository repo = newRepository();
    Budget a = Results.right(repo.save(budget(100)));
    Budget b = Results.right(repo.save(new Budget(ClaimStoreFixture.BOEKEL, 2026, Money.ofCents(200), 0)));
    Budget c = Results.right(repo.save(new Budget(ClaimStoreFixture.BERNHEZE, 2027, Money.ofCents(300), 0)));
    assertThat(repo.find(ClaimStoreFixture.BERNHEZE, 2026)).containsExactly(a);
    assertThat(repo.find(ClaimStoreFixture.BOEKEL, 2026)).containsExactly(b);
    assertThat(repo.find(ClaimStoreFixture.BERNHEZE, 2027)).containsExactly(c);
  }
}
