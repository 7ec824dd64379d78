package nl.wmokader.core.contracting.application;

import static nl.wmokader.core.contracting.domain.ProcurementPeriods.PERIOD_2026_2028;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.CatalogueFakes;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.ClaimMomentKind;
import nl.wmokader.core.contracting.domain.ClaimMoments;
import nl.wmokader.core.contracting.domain.ClaimPeriod;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractingError;
import nl.wmokader.core.contracting.domain.IndexationRate;
import nl.wmokader.core.contracting.domain.TariffPeriod;
import nl.wmokader.core.contracting.domain.WaitingTimeNorm;
import nl.wmokader.core.contracting.port.in.ClaimMomentsInput;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.IndexTariffCommand;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.contracting.port.in.SetClaimMomentsCommand;
import nl.wmokader.core.contracting.port.in.SetLotTariffCommand;
import nl.wmokader.core.contracting.port.in.SetWaitingTimeNormCommand;
import nl.wmokader.core.inmemory.InMemoryContractRepository;
import nl.wmokader.core.inmemory.InMemoryProviderRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/** Scenarios of own tariffs, indexation, claim moments and waiting-time norms. */
class LotServicesTest {

  private static final AgbCode MAASOEVER = AgbCode.of("98000001");
  private static final ProductCode GUIDANCE = ProductCode.of("02A01");
  private static final ProductCode HOUSEHOLD_HELP = ProductCode.of("01A01");
  private static final ProductCode WHEELCHAIR = ProductCode.of("11A01");

  private final MutableClock clock = new MutableClock(LocalDate.of(2025, 12, 1));
  private final InMemoryProviderRepository providers = new InMemoryProviderRepository();
  private final InMemoryContractRepository contracts = new InMemoryContractRepository();
  private final LotServices lots = new LotServices(contracts,
      CatalogueFakes.everyProduct(HashMap.of(WHEELCHAIR, ExecutionVariant.OUTPUT_BASED)), clock, AccessPolicy.standard());
  private final Contract contract;

  LotServicesTest() {
    Results.right(providers.save(ContractingGen.referenceProviders().head()));
    contract = Results.right(new ContractServices(providers, contracts, CatalogueFakes.everyProduct(), clock,
        new SequentialIds(), AccessPolicy.standard()).contractProvider(Actor.region(), new ContractProviderCommand(MAASOEVER, PERIOD_2026_2028, List.of(
            new NewLot(GUIDANCE, PERIOD_2026_2028, Option.some(Money.euros(64, 20))),
            new NewLot(HOUSEHOLD_HELP, PERIOD_2026_2028, Option.none()),
            new NewLot(WHEELCHAIR, PERIOD_2026_2028, Option.none())))));
  }

  private static DateRange days(String from, String to) {
    return DateRange.of(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void yearly_indexation_of_3_2_percent_gives_exact_cents_rounded_half_up_once() {
    Contract indexed = Results.right(lots.indexTariff(Actor.region(), new IndexTariffCommand(contract.id(), GUIDANCE,
        LocalDate.of(2027, 1, 1), IndexationRate.ofBasisPoints(320))));
    // €64.20 × 1.032 = €66.2544 → €66.25
    assertThat(indexed.lots().head().tariffs()).containsExactly(
        new TariffPeriod(days("2026-01-01", "2026-12-31"), Money.euros(64, 20)),
        new TariffPeriod(days("2027-01-01", "2028-12-31"), Money.euros(66, 25)));
    Contract again = Results.right(lots.indexTariff(Actor.region(), new IndexTariffCommand(contract.id(), GUIDANCE,
        LocalDate.of(2028, 1, 1), IndexationRate.parse("percentage", "2.5").get())));
    // €66.25 × 1.025 = €67.90625 → €67.91
    assertThat(again.lots().head().tariffOn(LocalDate.of(2028, 6, 1))).isEqualTo(Option.some(Money.euros(67, 91)));
    assertThat(again.lots().head().tariffOn(LocalDate.of(2027, 6, 1))).isEqualTo(Option.some(Money.euros(66, 25)));
    assertThat(again.lots().head().tariffOn(LocalDate.of(2026, 6, 1))).isEqualTo(Option.some(Money.euros(64, 20)));
    // a half cent rounds up: €1.25 × 1.02 = €1.275 → €1.28
    assertThat(IndexationRate.ofBasisPoints(200).apply(Money.euros(1, 25))).isEqualTo(Money.euros(1, 28));
  }

  @Test
  void an_agreed_tariff_holds_from_its_day_and_a_lot_at_the_reference_tariff_cannot_be_indexed() {
    Results.left(lots.indexTariff(Actor.region(), new IndexTariffCommand(contract.id(), HOUSEHOLD_HELP,
        LocalDate.of(2027, 1, 1), IndexationRate.ofBasisPoints(320))), ContractingError.NoOwnTariff.class);
    Contract agreed = Results.right(lots.setLotTariff(Actor.region(), new SetLotTariffCommand(contract.id(), HOUSEHOLD_HELP,
        LocalDate.of(2026, 7, 1), Money.euros(34, 80))));
    assertThat(agreed.lots().get(1).tariffOn(LocalDate.of(2026, 6, 30))).isEmpty();
    assertThat(agreed.lots().get(1).tariffOn(LocalDate.of(2026, 7, 1))).isEqualTo(Option.some(Money.euros(34, 80)));
    Results.left(lots.setLotTariff(Actor.region(), new SetLotTariffCommand(contract.id(), HOUSEHOLD_HELP,
        LocalDate.of(2025, 11, 30), Money.euros(34, 80))), ContractingError.RetroactiveChange.class);
    Results.left(lots.setLotTariff(Actor.region(), new SetLotTariffCommand(contract.id(), ProductCode.of("07A01"),
        LocalDate.of(2026, 7, 1), Money.euros(34, 80))), ContractingError.NoLotOn.class);
  }

  @Test
  void indexation_outside_the_contract_period_is_refused_and_stores_nothing() {
    Results.left(lots.indexTariff(Actor.region(), new IndexTariffCommand(contract.id(), GUIDANCE,
        LocalDate.of(2029, 1, 1), IndexationRate.ofBasisPoints(320))), ContractingError.IndexationOutsideContractPeriod.class);
    clock.set(LocalDate.of(2026, 3, 1));
    Results.left(lots.indexTariff(Actor.region(), new IndexTariffCommand(contract.id(), GUIDANCE,
        LocalDate.of(2026, 1, 1), IndexationRate.ofBasisPoints(320))), ContractingError.RetroactiveChange.class);
    Results.left(lots.indexTariff(Actor.region(), new IndexTariffCommand(contract.id(), null, null, null)), InvalidInput.class);
    Results.left(lots.indexTariff(Actor.provider(MAASOEVER), new IndexTariffCommand(contract.id(), GUIDANCE,
        LocalDate.of(2027, 1, 1), IndexationRate.ofBasisPoints(320))), CommonError.Forbidden.class);
    assertThat(contracts.findById(contract.id()).get()).isEqualTo(contract);
  }

  @Test
  void indexation_rates_are_parsed_exactly_from_percentages() {
    assertThat(IndexationRate.parse("p", "3.2").get()).isEqualTo(IndexationRate.ofBasisPoints(320));
    assertThat(IndexationRate.parse("p", "-0.75").get()).isEqualTo(IndexationRate.ofBasisPoints(-75));
    assertThat(IndexationRate.parse("p", "100").get().toString()).isEqualTo("100.00%");
    assertThat(IndexationRate.parse("p", "3.125").getError().code()).isEqualTo("percentage_format");
    assertThat(IndexationRate.parse("p", "1e2").getError().code()).isEqualTo("percentage_format");
    assertThat(IndexationRate.parse("p", "-100").getError().code()).isEqualTo("out_of_range");
  }

  @Test
  void claim_moments_are_agreed_for_output_based_lots_only() {
    Contract agreed = Results.right(lots.setClaimMoments(Actor.region(), new SetClaimMomentsCommand(contract.id(), WHEELCHAIR,
        LocalDate.of(2026, 1, 1), new ClaimMomentsInput(ClaimMomentKind.PER_MILESTONE, null, List.of(" Levering ", "Nazorg")))));
    assertThat(agreed.lots().last().claimMoments()).isEqualTo(Option.some(ClaimMoments.perMilestone(List.of("Levering", "Nazorg"))));
    Contract monthly = Results.right(lots.setClaimMoments(Actor.region(), new SetClaimMomentsCommand(contract.id(), WHEELCHAIR,
        LocalDate.of(2026, 1, 1), new ClaimMomentsInput(ClaimMomentKind.PER_PERIOD, ClaimPeriod.MONTH, List.empty()))));
    assertThat(monthly.lots().last().claimMoments()).isEqualTo(Option.some(ClaimMoments.perPeriod(ClaimPeriod.MONTH)));

    Results.left(lots.setClaimMoments(Actor.region(), new SetClaimMomentsCommand(contract.id(), GUIDANCE,
        LocalDate.of(2026, 1, 1), new ClaimMomentsInput(ClaimMomentKind.END_OF_TRAJECTORY, null, List.empty()))),
        ContractingError.ClaimMomentsNotApplicable.class);
    InvalidInput invalid = Results.left(lots.setClaimMoments(Actor.region(), new SetClaimMomentsCommand(contract.id(),
        WHEELCHAIR, LocalDate.of(2026, 1, 1), new ClaimMomentsInput(ClaimMomentKind.PER_MILESTONE, ClaimPeriod.MONTH,
            List.of("A", "A")))), InvalidInput.class);
    assertThat(invalid.errors().map(e -> e.field() + ":" + e.code()))
        .containsExactly("moments.period:not_applicable", "moments.milestones[1]:duplicate");
    assertThat(contracts.findById(contract.id()).get()).isEqualTo(monthly);
  }

  @Test
  void a_waiting_time_norm_is_agreed_between_1_and_365_days() {
    Contract normed = Results.right(lots.setWaitingTimeNorm(Actor.region(), new SetWaitingTimeNormCommand(contract.id(), 14)));
    assertThat(normed.waitingTimeNorm()).isEqualTo(Option.some(new WaitingTimeNorm(14)));
    assertThat(normed.waitingTimeNorm().get().allows(14)).isTrue();
    assertThat(normed.waitingTimeNorm().get().allows(15)).isFalse();
    for (Integer bad : java.util.Arrays.asList(0, 366, null)) {
      assertThat(Results.left(lots.setWaitingTimeNorm(Actor.region(), new SetWaitingTimeNormCommand(contract.id(), bad)),
          InvalidInput.class).errors().map(FieldError::field)).containsExactly("maxDays");
    }
  }
}
