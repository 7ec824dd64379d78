package nl.wmokader.core.settlement;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
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
import nl.wmokader.core.settlement.domain.ContributionScheduleEntry;
import nl.wmokader.core.settlement.domain.Household;
import nl.wmokader.core.settlement.domain.HouseholdId;
import nl.wmokader.core.settlement.domain.HouseholdProvision;
import nl.wmokader.core.settlement.domain.RateTable;
import nl.wmokader.core.settlement.domain.RateTableEntry;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import org.junit.jupiter.api.Test;

class ContributionTest {

  private static final HouseholdId ID = new HouseholdId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
  private final ContributionCalculator calculator = new ContributionCalculator(ContributionReferenceData.schedule());

  private static Household adult(HouseholdProvision... provisions) {
    return new Household(ID, LocalDate.of(1950, 3, 1), Option.none(), List.of(provisions));
  }

  private static HouseholdProvision open(ProductCategory category, LocalDate start) {
    return new HouseholdProvision(category, DateRange.from(start));
  }

  private List<ContributionCharge> charges(Household household, YearMonth from, YearMonth until) {
    return right(calculator.charges(List.of(household), from, until)).charges().toList();
  }

  @Test
  void support_from_15_november_2025_is_charged_from_december_at_the_rate_of_each_year() {
    var charges = charges(adult(open(ProductCategory.HOUSEHOLD_HELP, LocalDate.of(2025, 11, 15))),
        YearMonth.of(2025, 10), YearMonth.of(2026, 2));
    assertThat(charges.map(c -> c.month() + " " + c.amount())).containsExactly(
        "2025-12 €21.00", "2026-01 €21.80", "2026-02 €21.80");
    assertThat(charges.head().scheme()).isEqualTo("abonnementstarief");
  }

  @Test
  void the_published_rates_of_2020_to_2024() {
    var charges = charges(adult(open(ProductCategory.HOUSEHOLD_HELP, LocalDate.of(2019, 12, 31))),
        YearMonth.of(2020, 1), YearMonth.of(2024, 12));
    assertThat(charges).hasSize(60);
    assertThat(charges.head().amount()).isEqualTo(Money.euros(19, 0));
    assertThat(charges.find(c -> c.month().equals(YearMonth.of(2023, 12))).get().amount()).isEqualTo(Money.euros(19, 0));
    assertThat(charges.last().amount()).isEqualTo(Money.euros(20, 60));
    assertThat(right(calculator.charges(List.of(adult(open(ProductCategory.HOUSEHOLD_HELP, LocalDate.of(2019, 12, 31)))),
        YearMonth.of(2020, 1), YearMonth.of(2020, 12))).total()).isEqualTo(Money.euros(228, 0));
  }

  @Test
  void the_month_in_which_support_ends_is_still_charged_and_none_after() {
    var provision = new HouseholdProvision(ProductCategory.HOUSEHOLD_HELP, DateRange.of(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 4, 3)));
    assertThat(charges(adult(provision), YearMonth.of(2025, 1), YearMonth.of(2025, 12)).map(ContributionCharge::month))
        .containsExactly(YearMonth.of(2025, 2), YearMonth.of(2025, 3), YearMonth.of(2025, 4));
  }

  @Test
  void support_that_starts_and_ends_in_one_month_is_never_charged() {
    var provision = new HouseholdProvision(ProductCategory.HOUSEHOLD_HELP, DateRange.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31)));
    assertThat(charges(adult(provision), YearMonth.of(2025, 1), YearMonth.of(2025, 12))).isEmpty();
  }

  @Test
  void three_provisions_give_one_charge_per_month() {
    var household = adult(
        open(ProductCategory.HOUSEHOLD_HELP, LocalDate.of(2024, 3, 1)),
        open(ProductCategory.HOUSING_ADAPTATIONS, LocalDate.of(2024, 6, 1)),
        open(ProductCategory.HOUSEHOLD_HELP, LocalDate.of(2024, 1, 5)));
    var charges = charges(household, YearMonth.of(2025, 1), YearMonth.of(2025, 12));
    assertThat(charges).hasSize(12);
    assertThat(right(calculator.charges(List.of(household), YearMonth.of(2025, 1), YearMonth.of(2025, 12))).total())
        .isEqualTo(Money.euros(252, 0));
  }

  @Test
  void wheelchairs_and_sheltered_housing_are_not_charged_but_other_support_beside_them_is() {
    var wheelchair = open(ProductCategory.WHEELCHAIRS, LocalDate.of(2024, 1, 10));
    var sheltered = open(List.of(ProductCategory.values()).find(ProductCategory::isShelteredHousingOrShelter).get(), LocalDate.of(2024, 1, 10));
    assertThat(charges(adult(wheelchair, sheltered), YearMonth.of(2025, 1), YearMonth.of(2025, 12))).isEmpty();
    var help = open(ProductCategory.HOUSEHOLD_HELP, LocalDate.of(2025, 6, 2));
    assertThat(charges(adult(wheelchair, sheltered, help), YearMonth.of(2025, 1), YearMonth.of(2025, 12)).map(ContributionCharge::month).head())
        .isEqualTo(YearMonth.of(2025, 7));
  }

  @Test
  void a_client_turning_18_is_charged_from_the_month_after_the_birthday() {
    var household = new Household(ID, LocalDate.of(2007, 3, 10), Option.none(),
        List.of(open(ProductCategory.HOUSEHOLD_HELP, LocalDate.of(2024, 1, 1))));
    assertThat(charges(household, YearMonth.of(2025, 1), YearMonth.of(2025, 12)).head().month()).isEqualTo(YearMonth.of(2025, 4));
  }

  @Test
  void a_partner_below_state_pension_age_exempts_the_household_until_that_age_is_reached() {
    var household = new Household(ID, LocalDate.of(1950, 3, 1), Option.some(LocalDate.of(2025, 9, 1)),
        List.of(open(ProductCategory.HOUSEHOLD_HELP, LocalDate.of(2024, 1, 1))));
    assertThat(charges(household, YearMonth.of(2025, 1), YearMonth.of(2025, 12)).head().month()).isEqualTo(YearMonth.of(2025, 9));
  }

  @Test
  void invalid_periods_and_duplicate_households_are_rejected_all_at_once() {
    var household = adult(open(ProductCategory.HOUSEHOLD_HELP, LocalDate.of(2024, 1, 1)));
    InvalidInput error = left(calculator.charges(List.of(household, household), YearMonth.of(2025, 5), YearMonth.of(2025, 4)), InvalidInput.class);
    assertThat(error.errors().map(e -> e.field() + ":" + e.code())).containsExactly("until:before_start", "households:duplicate");
    assertThat(left(calculator.charges(List.empty(), null, YearMonth.of(2030, 1)), InvalidInput.class).errors().map(e -> e.field()))
        .containsExactly("from");
    assertThat(left(calculator.charges(List.empty(), YearMonth.of(2020, 1), YearMonth.of(2030, 1)), InvalidInput.class).errors().head().code())
        .isEqualTo("too_long");
  }

  @Test
  void months_without_reference_data_are_errors_not_zero_charges() {
    var household = adult(open(ProductCategory.HOUSEHOLD_HELP, LocalDate.of(2026, 6, 1)));
    assertThat(left(calculator.charges(List.of(household), YearMonth.of(2026, 1), YearMonth.of(2027, 3)), ContributionError.NoRateInForce.class).month())
        .isEqualTo(YearMonth.of(2027, 1));
    assertThat(left(calculator.charges(List.of(household), YearMonth.of(2019, 12), YearMonth.of(2020, 3)), ContributionError.NoSchemeInForce.class).month())
        .isEqualTo(YearMonth.of(2019, 12));
  }

  @Test
  void rate_tables_reject_overlapping_inverted_and_negative_entries() {
    var error = left(RateTable.of(List.of(
        RateTableEntry.of(YearMonth.of(2025, 1), YearMonth.of(2025, 12), Money.euros(21, 0)),
        RateTableEntry.of(YearMonth.of(2025, 6), YearMonth.of(2025, 3), Money.ofCents(-1)),
        new RateTableEntry(YearMonth.of(2025, 12), Option.none(), Money.euros(22, 0)))), InvalidInput.class);
    assertThat(error.errors().map(e -> e.field() + ":" + e.code()))
        .containsExactly("entries[1].until:before_start", "entries[1].rate:negative", "entries[2]:overlap");
    assertThat(right(RateTable.of(ContributionReferenceData.flatRates())).rateIn(YearMonth.of(2026, 7))).contains(Money.euros(21, 80));
  }

  @Test
  void a_schedule_rejects_two_schemes_starting_in_the_same_month() {
    var scheme = ContributionReferenceData.flatRateScheme();
    assertThat(left(ContributionSchedule.of(List.of(
        new ContributionScheduleEntry(YearMonth.of(2027, 1), scheme),
        new ContributionScheduleEntry(YearMonth.of(2027, 1), scheme))), InvalidInput.class).errors().head().code())
        .isEqualTo("duplicate_from");
  }
}
