package nl.wmokader.core.settlement;

import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.HashMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.settlement.domain.ContributionCalculator;
import nl.wmokader.core.settlement.domain.ContributionCharge;
import nl.wmokader.core.settlement.domain.ContributionError;
import nl.wmokader.core.settlement.domain.ContributionReferenceData;
import nl.wmokader.core.settlement.domain.ContributionSchedule;
import nl.wmokader.core.settlement.domain.ContributionScheme;
import nl.wmokader.core.settlement.domain.Household;
import nl.wmokader.core.settlement.domain.HouseholdId;
import nl.wmokader.core.settlement.domain.HouseholdProvision;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import org.junit.jupiter.api.Test;

/** The extension point: a fictional income-dependent scheme from 2027, added without changing any existing type. */
class ContributionSchemeExtensionTest {

  /** Fictional: 1/120 of the yearly income above a threshold per month, capped; its own data, its own rules. */
  record FictionalIncomeScheme(Map<HouseholdId, Money> yearlyIncome, Money threshold, Money cap) implements ContributionScheme {
    @Override
    public String name() {
      return "fictional-income-2027";
    }

    @Override
    public Either<ContributionError, Option<Money>> chargeFor(Household household, YearMonth month) {
      if (!household.provisions().exists(p -> p.countsIn(month))) {
        return Either.right(Option.none());
      }
      Money above = yearlyIncome.get(household.id()).getOrElse(Money.ZERO).minus(threshold).max(Money.ZERO);
      return Either.right(Option.some(above.timesFraction(1, 120).min(cap)).filter(Money::isPositive));
    }
  }

  private static final HouseholdId ID = new HouseholdId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

  @Test
  void a_second_scheme_from_2027_takes_over_while_the_flat_rate_keeps_2026() {
    ContributionSchedule flatOnly = ContributionReferenceData.schedule();
    var income = new FictionalIncomeScheme(HashMap.of(ID, Money.euros(40_000, 0)), Money.euros(28_000, 0), Money.euros(250, 0));
    ContributionSchedule extended = right(flatOnly.with(YearMonth.of(2027, 1), income));

    var household = new Household(ID, LocalDate.of(1950, 1, 1), Option.none(),
        List.of(new HouseholdProvision(ProductCategory.HOUSEHOLD_HELP, DateRange.from(LocalDate.of(2026, 10, 5)))));
    var charges = right(new ContributionCalculator(extended).charges(List.of(household), YearMonth.of(2026, 11), YearMonth.of(2027, 2))).charges();

    assertThat(charges.map(ContributionCharge::toString)).hasSize(4);
    assertThat(charges.map(c -> c.month() + " " + c.amount() + " " + c.scheme())).containsExactly(
        "2026-11 €21.80 abonnementstarief",
        "2026-12 €21.80 abonnementstarief",
        "2027-01 €100.00 fictional-income-2027",
        "2027-02 €100.00 fictional-income-2027");
    // The existing schedule and scheme are untouched: the old schedule still has no rate for 2027.
    assertThat(flatOnly.entries()).hasSize(1);
    assertThat(extended.schemeIn(YearMonth.of(2026, 12)).get()).isEqualTo(flatOnly.schemeIn(YearMonth.of(2026, 12)).get());
    assertThat(new ContributionCalculator(flatOnly).charges(List.of(household), YearMonth.of(2027, 1), YearMonth.of(2027, 1)).isLeft()).isTrue();
  }
}
