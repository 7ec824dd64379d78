package nl.wmokader.core.supervision;

import static nl.wmokader.core.supervision.SupervisionWorld.REGION;
import static nl.wmokader.core.supervision.SupervisionWorld.SUPERVISOR;
import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.contracting.port.in.DeliveryRightQuery;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.settlement.ClaimGen;
import nl.wmokader.core.settlement.domain.MemberSettlement;
import nl.wmokader.core.settlement.domain.Recovery;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryCommand;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.supervision.application.InvestigationServices;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.port.in.AddOutcomeCommand;
import nl.wmokader.core.supervision.port.in.OpenInvestigationCommand;
import org.junit.jupiter.api.Test;

/** Outcomes act on contracting and settlement through their use cases (DOMAIN §7). */
class OutcomeEffectsTest {

  private final SupervisionWorld world = new SupervisionWorld();

  private Contract contract() {
    return world.adapters.contracts().findById(ClaimGen.contract(ClaimGen.PROVIDER).id()).get();
  }

  private boolean mayDeliver() {
    return right(world.wmo.contracting().findDeliveryRight().findDeliveryRight(REGION,
        new DeliveryRightQuery(ClaimGen.PROVIDER, ClaimGen.GUIDANCE, world.today()))).isDefined();
  }

  @Test
  void a_client_stop_blocks_new_assignments() {
    Investigation i = world.atFinalReport(InvestigationScope.QUALITY);
    assertThat(mayDeliver()).isTrue();
    right(world.wmo.supervision().addOutcome().addOutcome(SUPERVISOR, new AddOutcomeCommand(i.id(),
        new Outcome.ClientStop(world.today(), Option.none()))));
    assertThat(mayDeliver()).isFalse();
    assertThat(contract().clientStops().map(s -> s.reason())).containsExactly(ClientStopReason.QUALITY_SIGNALS);
  }

  @Test
  void a_lawfulness_client_stop_is_for_fraud_signals() {
    Investigation i = world.atFinalReport(InvestigationScope.LAWFULNESS);
    right(world.wmo.supervision().addOutcome().addOutcome(REGION, new AddOutcomeCommand(i.id(),
        new Outcome.ClientStop(world.today().plusDays(7), Option.some(world.today().plusDays(60))))));
    assertThat(contract().clientStops().map(s -> s.reason())).containsExactly(ClientStopReason.FRAUD_SIGNALS);
    assertThat(mayDeliver()).isTrue();
  }

  @Test
  void a_termination_ends_the_contract() {
    Investigation i = world.atFinalReport(InvestigationScope.BOTH);
    right(world.wmo.supervision().addOutcome().addOutcome(REGION, new AddOutcomeCommand(i.id(),
        new Outcome.ContractTermination(world.today().plusDays(30)))));
    assertThat(contract().terminatedFrom()).contains(world.today().plusDays(30));
    assertThat(contract().inForceOn(world.today().plusDays(30))).isFalse();
  }

  @Test
  void a_suspension_acts_from_today_only_and_a_later_one_stores_nothing() {
    Investigation i = world.atFinalReport(InvestigationScope.QUALITY);
    assertThat(left(world.wmo.supervision().addOutcome().addOutcome(REGION, new AddOutcomeCommand(i.id(),
        new Outcome.ContractSuspension(world.today().plusDays(1), Option.none()))), InvalidInput.class).errors()
        .map(FieldError::code)).containsExactly("not_today");
    assertThat(world.adapters.investigations().findById(i.id()).get().outcomes()).isEmpty();
    right(world.wmo.supervision().addOutcome().addOutcome(REGION, new AddOutcomeCommand(i.id(),
        new Outcome.ContractSuspension(world.today(), Option.none()))));
    assertThat(contract().status()).isEqualTo(ContractStatus.SUSPENDED);
    assertThat(mayDeliver()).isFalse();
  }

  @Test
  void a_measure_without_a_contract_in_force_stores_nothing() {
    Investigation other = right(world.wmo.supervision().openInvestigation().openInvestigation(REGION, new OpenInvestigationCommand(
        ClaimGen.OTHER_PROVIDER, null, InvestigationScope.QUALITY, ProviderDeliveryForm.IN_KIND)));
    other = world.upTo(other, InvestigationStatus.FINAL_REPORT);
    assertThat(left(world.wmo.supervision().addOutcome().addOutcome(REGION, new AddOutcomeCommand(other.id(),
        new Outcome.ClientStop(world.today(), Option.none()))), InvalidInput.class).errors().map(FieldError::code))
        .containsExactly("no_contract");
    assertThat(world.adapters.investigations().findById(other.id()).get().outcomes()).isEmpty();
  }

  @Test
  void a_recovery_becomes_a_negative_item_in_each_members_settlement_under_a_stable_reference() {
    Investigation i = world.atFinalReport(InvestigationScope.LAWFULNESS);
    right(world.wmo.supervision().addOutcome().addOutcome(REGION, new AddOutcomeCommand(i.id(), Outcome.Recovery.of(
        new Outcome.Recovery.Part(ClaimGen.MEMBER, Money.ofCents(12_345)),
        new Outcome.Recovery.Part(ClaimGen.OTHER_MEMBER, Money.ofCents(5_000))))));
    YearMonth month = YearMonth.from(world.today());
    MemberSettlement member = right(world.wmo.settlement().getMemberSettlement().getMemberSettlement(REGION, ClaimGen.MEMBER, month));
    assertThat(member.recovered()).isEqualTo(Money.ofCents(-12_345));
    assertThat(member.recoveries().map(Recovery::reference))
        .containsExactly(InvestigationServices.recoveryReference(i.id(), 0, 0));
    assertThat(right(world.wmo.settlement().getMemberSettlement().getMemberSettlement(REGION, ClaimGen.OTHER_MEMBER, month))
        .recovered()).isEqualTo(Money.ofCents(-5_000));
    assertThat(world.adapters.recoveries().find(Option.none(), month, month)).hasSize(2);
    assertThat(List.of(InvestigationServices.recoveryReference(i.id(), 0, 1)))
        .containsExactly(world.adapters.recoveries().find(Option.some(ClaimGen.OTHER_MEMBER), month, month).head().reference());
  }

  @Test
  void a_recovery_with_a_part_outside_the_region_stores_nothing_and_names_the_part() {
    Investigation i = world.atFinalReport(InvestigationScope.LAWFULNESS);
    MunicipalityCode outsider = MunicipalityCode.of("0363");
    assertThat(RegionGen.reference().members().map(m -> m.code())).doesNotContain(outsider);
    // the valid part first: before the fix it was written into the member's settlement before the outsider failed
    Outcome.Recovery recovery = Outcome.Recovery.of(new Outcome.Recovery.Part(ClaimGen.MEMBER, Money.ofCents(12_345)),
        new Outcome.Recovery.Part(outsider, Money.ofCents(5_000)), new Outcome.Recovery.Part(ClaimGen.OTHER_MEMBER,
            Money.ofCents(2_000_000_000_000L)));
    InvalidInput refused = left(world.wmo.supervision().addOutcome().addOutcome(REGION, new AddOutcomeCommand(i.id(), recovery)),
        InvalidInput.class);
    assertThat(refused.errors().map(e -> e.field() + " " + e.code()))
        .containsExactly("outcome.parts[1].member not_a_member", "outcome.parts[2].amount out_of_range");
    assertThat(world.adapters.investigations().findById(i.id()).get().outcomes()).isEmpty();
    YearMonth month = YearMonth.from(world.today());
    assertThat(world.adapters.recoveries().find(Option.none(), month, month)).isEmpty();
    assertThat(right(world.wmo.settlement().getMemberSettlement().getMemberSettlement(REGION, ClaimGen.MEMBER, month)).recovered())
        .isEqualTo(Money.ZERO);
    // corrected, it takes full effect at once: nothing of the refused attempt is in the way
    Outcome.Recovery corrected = Outcome.Recovery.of(new Outcome.Recovery.Part(ClaimGen.MEMBER, Money.ofCents(12_345)),
        new Outcome.Recovery.Part(ClaimGen.OTHER_MEMBER, Money.ofCents(5_000)));
    right(world.wmo.supervision().addOutcome().addOutcome(REGION, new AddOutcomeCommand(i.id(), corrected)));
    assertThat(world.adapters.investigations().findById(i.id()).get().outcomes()).containsExactly(corrected);
    assertThat(world.adapters.recoveries().find(Option.none(), month, month).map(Recovery::amount))
        .containsExactlyInAnyOrder(Money.ofCents(12_345), Money.ofCents(5_000));
  }

  @Test
  void a_recovery_whose_effect_cannot_be_stored_in_full_stores_none_of_it() {
    Investigation i = world.atFinalReport(InvestigationScope.LAWFULNESS);
    YearMonth month = YearMonth.from(world.today());
    // the second part's reference is taken by another recovery: the effect fails as a whole
    right(world.wmo.settlement().registerRecovery().registerRecovery(REGION, new RegisterRecoveryCommand(ClaimGen.PROVIDER,
        ClaimGen.OTHER_MEMBER, month, 1L, "elsewhere", InvestigationServices.recoveryReference(i.id(), 0, 1))));
    left(world.wmo.supervision().addOutcome().addOutcome(REGION, new AddOutcomeCommand(i.id(), Outcome.Recovery.of(
        new Outcome.Recovery.Part(ClaimGen.MEMBER, Money.ofCents(700)),
        new Outcome.Recovery.Part(ClaimGen.OTHER_MEMBER, Money.ofCents(300))))), CommonError.Duplicate.class);
    assertThat(world.adapters.investigations().findById(i.id()).get().outcomes()).isEmpty();
    assertThat(world.adapters.recoveries().find(Option.some(ClaimGen.MEMBER), month, month)).isEmpty();
  }

  @Test
  void adding_a_measure_again_is_a_retry_that_neither_doubles_the_outcome_nor_its_effect() {
    Investigation i = world.atFinalReport(InvestigationScope.LAWFULNESS);
    Outcome.Recovery recovery = Outcome.Recovery.of(new Outcome.Recovery.Part(ClaimGen.MEMBER, Money.ofCents(7_000)));
    Outcome.ClientStop stop = new Outcome.ClientStop(world.today(), Option.none());
    for (int attempt = 0; attempt < 2; attempt++) {
      right(world.wmo.supervision().addOutcome().addOutcome(REGION, new AddOutcomeCommand(i.id(), recovery)));
      right(world.wmo.supervision().addOutcome().addOutcome(REGION, new AddOutcomeCommand(i.id(), stop)));
    }
    assertThat(world.adapters.investigations().findById(i.id()).get().outcomes()).containsExactly(recovery, stop);
    YearMonth month = YearMonth.from(world.today());
    assertThat(right(world.wmo.settlement().getMemberSettlement().getMemberSettlement(REGION, ClaimGen.MEMBER, month)).recovered())
        .isEqualTo(Money.ofCents(-7_000));
    assertThat(contract().clientStops()).hasSize(1);
  }
}
