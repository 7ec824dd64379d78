package nl.wmokader.core.settlement;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.leftOfKind;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.WmoKaderBuilder;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.settlement.domain.ContributionCalculator;
import nl.wmokader.core.settlement.domain.ContributionError;
import nl.wmokader.core.settlement.domain.ContributionReferenceData;
import nl.wmokader.core.settlement.domain.ContributionScheme;
import nl.wmokader.core.settlement.domain.ContributionStatement;
import nl.wmokader.core.settlement.domain.Household;
import nl.wmokader.core.settlement.domain.HouseholdId;
import nl.wmokader.core.settlement.domain.HouseholdProvision;
import nl.wmokader.core.settlement.port.in.CalculateContributionCommand;
import nl.wmokader.core.settlement.port.in.HouseholdInput;
import nl.wmokader.core.settlement.port.in.HouseholdInput.ProvisionInput;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/** The personal-contribution use case: who may compute, every field error at once, and the calculator's answer. */
class ContributionServicesTest {

  private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final YearMonth OCT_2025 = YearMonth.of(2025, 10);
  private static final YearMonth FEB_2026 = YearMonth.of(2026, 2);

  private final InMemoryAdapters adapters = new InMemoryAdapters();
  private final WmoKader wmo = builder().build();

  private WmoKaderBuilder builder() {
    return adapters.builder().clock(new MutableClock(LocalDate.of(2025, 3, 1))).ids(new SequentialIds());
  }

  private static HouseholdInput pensioner(UUID id, ProvisionInput... provisions) {
    return new HouseholdInput(id, LocalDate.of(1950, 3, 1), null, List.of(provisions));
  }

  private static ProvisionInput since(ProductCategory category, LocalDate start) {
    return new ProvisionInput(category, start, null);
  }

  @Test
  void the_statement_is_the_calculators_under_the_reference_flat_rates() {
    var households = List.of(
        pensioner(A, since(ProductCategory.HOUSEHOLD_HELP, LocalDate.of(2025, 11, 15))),
        new HouseholdInput(B, LocalDate.of(1960, 1, 1), LocalDate.of(2030, 1, 1),
            List.of(since(ProductCategory.GUIDANCE, LocalDate.of(2025, 1, 1)))));
    ContributionStatement statement = right(wmo.settlement().calculateContribution().calculateContribution(Actor.region(),
        new CalculateContributionCommand(households, OCT_2025, FEB_2026)));

    ContributionStatement expected = right(new ContributionCalculator(ContributionReferenceData.schedule()).charges(List.of(
        new Household(new HouseholdId(A), LocalDate.of(1950, 3, 1), Option.none(),
            List.of(new HouseholdProvision(ProductCategory.HOUSEHOLD_HELP, DateRange.from(LocalDate.of(2025, 11, 15))))),
        new Household(new HouseholdId(B), LocalDate.of(1960, 1, 1), Option.some(LocalDate.of(2030, 1, 1)),
            List.of(new HouseholdProvision(ProductCategory.GUIDANCE, DateRange.from(LocalDate.of(2025, 1, 1)))))),
        OCT_2025, FEB_2026));
    assertThat(statement).isEqualTo(expected);
    // Household B has a partner below state-pension age: nothing is charged.
    assertThat(statement.charges().map(c -> c.household().value() + " " + c.month() + " " + c.amount())).containsExactly(
        A + " 2025-12 €21.00", A + " 2026-01 €21.80", A + " 2026-02 €21.80");
  }

  @Test
  void members_staff_may_compute_providers_and_supervisors_may_not() {
    var reference = nl.wmokader.core.region.RegionGen.reference();
    right(wmo.region().defineRegion().defineRegion(Actor.region(),
        new nl.wmokader.core.region.port.in.DefineRegionCommand(reference.name(), reference.members())));
    var command = new CalculateContributionCommand(List.of(pensioner(A)), OCT_2025, FEB_2026);
    assertThat(right(wmo.settlement().calculateContribution().calculateContribution(Actor.municipality(MunicipalityCode.of("0828")),
        command)).charges()).isEmpty();
    leftOfKind(wmo.settlement().calculateContribution().calculateContribution(Actor.provider(AgbCode.of("98000001")), command),
        ErrorKind.FORBIDDEN);
    leftOfKind(wmo.settlement().calculateContribution().calculateContribution(Actor.supervisor(), null), ErrorKind.FORBIDDEN);
  }

  @Test
  void every_invalid_field_at_once() {
    var households = List.of(
        pensioner(A, new ProvisionInput(null, null, null), null,
            new ProvisionInput(ProductCategory.GUIDANCE, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 30))),
        null,
        new HouseholdInput(A, null, null, null),
        new HouseholdInput(null, LocalDate.of(1950, 1, 1), null, List.empty()));
    InvalidInput invalid = left(wmo.settlement().calculateContribution().calculateContribution(Actor.region(),
        new CalculateContributionCommand(households, FEB_2026, OCT_2025)), InvalidInput.class);

    assertThat(invalid.errors().map(e -> e.field() + ":" + e.code())).containsExactly(
        "until:before_start",
        "households[0].provisions[0].category:required", "households[0].provisions[0].start:required",
        "households[0].provisions[1]:required", "households[0].provisions[2].end:before_start",
        "households[1]:required",
        "households[2].id:duplicate", "households[2].clientBirthDate:required", "households[2].provisions:required",
        "households[3].id:required");
  }

  @Test
  void missing_months_and_households_and_too_long_periods_are_field_errors() {
    assertThat(left(wmo.settlement().calculateContribution().calculateContribution(Actor.region(),
        new CalculateContributionCommand(null, null, null)), InvalidInput.class).errors().map(e -> e.field() + ":" + e.code()))
        .containsExactly("from:required", "until:required", "households:required");
    assertThat(left(wmo.settlement().calculateContribution().calculateContribution(Actor.region(),
        new CalculateContributionCommand(List.empty(), YearMonth.of(2020, 1), YearMonth.of(2030, 1))), InvalidInput.class)
        .errors().map(e -> e.field() + ":" + e.code())).containsExactly("until:too_long");
  }

  @Test
  void a_month_without_a_rate_is_the_calculators_error() {
    var command = new CalculateContributionCommand(List.of(pensioner(A, since(ProductCategory.GUIDANCE, LocalDate.of(2026, 1, 1)))),
        YearMonth.of(2026, 12), YearMonth.of(2027, 1));
    assertThat(left(wmo.settlement().calculateContribution().calculateContribution(Actor.region(), command),
        ContributionError.NoRateInForce.class).month()).isEqualTo(YearMonth.of(2027, 1));
  }

  @Test
  void the_schedule_is_configuration_of_the_facade() {
    ContributionScheme fiveEuros = new ContributionScheme() {
      @Override
      public String name() {
        return "test-scheme";
      }

      @Override
      public Either<ContributionError, Option<Money>> chargeFor(Household household, YearMonth month) {
        return Either.right(Option.some(Money.euros(5, 0)));
      }
    };
    WmoKader configured = builder().contributionSchedule(right(ContributionReferenceData.schedule()
        .with(YearMonth.of(2027, 1), fiveEuros))).build();
    var command = new CalculateContributionCommand(List.of(pensioner(A, since(ProductCategory.GUIDANCE, LocalDate.of(2026, 1, 1)))),
        YearMonth.of(2026, 12), YearMonth.of(2027, 1));

    assertThat(right(configured.settlement().calculateContribution().calculateContribution(Actor.region(), command)).charges()
        .map(c -> c.month() + " " + c.amount() + " " + c.scheme()))
        .containsExactly("2026-12 €21.80 abonnementstarief", "2027-01 €5.00 test-scheme");
  }
}
