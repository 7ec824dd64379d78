package nl.wmokader.core.settlement;

import static nl.wmokader.core.settlement.ContributionGen.FIRST_RATED;
import static nl.wmokader.core.settlement.ContributionGen.LAST_RATED;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.settlement.domain.ContributionCalculator;
import nl.wmokader.core.settlement.domain.ContributionCharge;
import nl.wmokader.core.settlement.domain.ContributionReferenceData;
import nl.wmokader.core.settlement.domain.Household;
import nl.wmokader.core.settlement.domain.HouseholdProvision;
import nl.wmokader.core.shared.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

class ContributionPropertiesTest implements WithQuickTheories {

  private final ContributionCalculator calculator = new ContributionCalculator(ContributionReferenceData.schedule());

  private Seq<ContributionCharge> charges(Seq<Household> households) {
    return right(calculator.charges(households, FIRST_RATED, LAST_RATED)).charges();
  }

  /** The published rates, written out independently of the rate table. */
  private static long expectedCents(YearMonth month) {
    int year = month.getYear();
    return year <= 2023 ? 1900 : year == 2024 ? 2060 : year == 2025 ? 2100 : 2180;
  }

  private static boolean chargeable(HouseholdProvision p) {
    return p.category() != ProductCategory.WHEELCHAIRS && !p.category().isShelteredHousingOrShelter();
  }

  @Test
  void at_most_one_charge_per_household_per_month() {
    qt().forAll(ContributionGen.householdLists()).checkAssert(households ->
        charges(households).groupBy(c -> c.household().toString() + c.month())
            .forEach((key, group) -> assertThat(group.size()).as(key).isEqualTo(1)));
  }

  @Test
  void a_month_is_charged_exactly_when_chargeable_support_runs_after_its_start_month_and_no_exemption_applies() {
    qt().forAll(ContributionGen.households()).checkAssert(household -> {
      Seq<YearMonth> charged = charges(List.of(household)).map(ContributionCharge::month);
      for (YearMonth m = FIRST_RATED; !m.isAfter(LAST_RATED); m = m.plusMonths(1)) {
        YearMonth month = m;
        boolean supported = household.provisions().filter(ContributionPropertiesTest::chargeable).exists(p ->
            YearMonth.from(p.support().start()).isBefore(month)
                && p.support().end().forAll(end -> !YearMonth.from(end).isBefore(month)));
        LocalDate first = month.atDay(1);
        boolean minor = household.clientBirthDate().plusYears(18).isAfter(first);
        boolean youngPartner = household.partnerStatePensionDate().exists(first::isBefore);
        assertThat(charged.contains(month)).as("%s", month).isEqualTo(supported && !minor && !youngPartner);
      }
    });
  }

  @Test
  void no_charge_in_or_before_the_start_month_nor_after_the_end_month_of_a_single_provision() {
    qt().forAll(ContributionGen.adultHouseholdsWithoutPartner(), ContributionGen.provisions()).checkAssert((h, provision) -> {
      Household household = new Household(h.id(), h.clientBirthDate(), Option.none(), List.of(provision));
      YearMonth start = YearMonth.from(provision.support().start());
      for (ContributionCharge charge : charges(List.of(household))) {
        assertThat(charge.month()).isAfter(start);
        provision.support().end().forEach(end -> assertThat(charge.month()).isBeforeOrEqualTo(YearMonth.from(end)));
      }
    });
  }

  @Test
  void exempt_households_pay_nothing() {
    qt().forAll(ContributionGen.households(), integers().between(0, 2)).checkAssert((h, which) -> {
      Household exempt = switch (which) {
        case 0 -> new Household(h.id(), h.clientBirthDate(), Option.some(LocalDate.of(2040, 1, 1)), h.provisions());
        case 1 -> new Household(h.id(), LocalDate.of(2009, 1, 2), h.partnerStatePensionDate(), h.provisions());
        default -> new Household(h.id(), h.clientBirthDate(), h.partnerStatePensionDate(),
            h.provisions().filter(p -> !chargeable(p)));
      };
      assertThat(charges(List.of(exempt))).isEmpty();
    });
  }

  @Test
  void the_charge_of_a_month_equals_the_rate_valid_that_month() {
    qt().forAll(ContributionGen.householdLists()).checkAssert(households ->
        charges(households).forEach(c -> assertThat(c.amount()).as("%s", c.month()).isEqualTo(Money.ofCents(expectedCents(c.month())))));
  }

  @Test
  void adding_a_provision_never_adds_a_second_charge_in_a_month_and_never_removes_one() {
    qt().forAll(ContributionGen.households(), ContributionGen.provisions()).checkAssert((household, extra) -> {
      Seq<ContributionCharge> before = charges(List.of(household));
      Seq<ContributionCharge> after = charges(List.of(household.withProvision(extra)));
      assertThat(after.map(ContributionCharge::month).distinct().size()).isEqualTo(after.size());
      assertThat(after.containsAll(before)).isTrue();
    });
  }

  @Test
  void charges_of_several_households_are_each_households_own_charges() {
    qt().forAll(ContributionGen.householdLists()).checkAssert(households -> {
      Seq<ContributionCharge> together = charges(households);
      assertThat(together).containsExactlyElementsOf(households.flatMap(h -> charges(List.of(h))));
    });
  }
}
