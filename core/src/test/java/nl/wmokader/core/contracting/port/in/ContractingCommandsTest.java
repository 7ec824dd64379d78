package nl.wmokader.core.contracting.port.in;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.ClaimMomentKind;
import nl.wmokader.core.contracting.domain.ClaimPeriod;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.ConditionCode;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.IndexationRate;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.contracting.domain.WaitingTimeNorm;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.SharedGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Contracting's commands from raw values: presence and formats at once, in order ({@code read}),
 * then their own second round ({@code validated}), which also names a target not yet given.
 */
class ContractingCommandsTest {
  private static final AgbCode AGB = AgbCode.of("98000001");
  private static final ContractId CONTRACT = new ContractId(new UUID(0, 1));
  private static final ProductCode GUIDANCE = ProductCode.of("02A01");
  private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);
  private static final ContactInput CONTACT =
      new ContactInput("Contactpersoon Toezicht (fictief)", "toezicht@aanbieder.example", "+31 412 000 000");

  private static Seq<String> errors(Either<DomainError, ?> result) {
    return left(result, InvalidInput.class).errors().map(e -> e.field() + ":" + e.code());
  }

  /** A period and up to three lots within it. */
  private static Gen<Tuple2<DateRange, Seq<NewLot>>> periodsWithLots() {
    return rs -> {
      DateRange period = ContractingGen.periods().generate(rs);
      int n = integers().between(0, 3).generate(rs);
      List<NewLot> lots = List.empty();
      for (int i = 0; i < n; i++) {
        lots = lots.append(new NewLot(ContractingGen.products().generate(rs),
            ContractingGen.rangesWithin(period).generate(rs), ContractingGen.tariffs().generate(rs)));
      }
      return Tuple.of(period, lots);
    };
  }

  private static ContractProviderCommand.LotInput raw(NewLot lot) {
    return new ContractProviderCommand.LotInput(lot.product().value(), lot.validity().start(),
        lot.validity().end().getOrNull(), lot.tariff().map(Money::cents).getOrNull());
  }

  // --- contracts and lots

  @Test
  void a_contract_read_from_its_raw_values_is_the_contract_it_describes() {
    qt().forAll(SharedGen.agbCodes(), periodsWithLots()).checkAssert((agb, periodAndLots) -> {
      DateRange period = periodAndLots._1;
      Seq<NewLot> lots = periodAndLots._2;
      ContractProviderCommand command = right(ContractProviderCommand.read(agb.value(), period.start(),
          period.end().getOrNull(), lots.map(ContractingCommandsTest::raw)));
      assertThat(command).isEqualTo(new ContractProviderCommand(agb, period, lots));
      assertThat(right(command.validated())).isEqualTo(command);
    });
  }

  @Test
  void a_contract_names_every_missing_or_malformed_field_at_once_lot_by_lot() {
    assertThat(errors(ContractProviderCommand.read(null, null, null, null)))
        .containsExactly("provider:required", "from:required");
    assertThat(errors(ContractProviderCommand.read("1234567", JAN_2026, JAN_2026.minusDays(1), List.of(
        null,
        new ContractProviderCommand.LotInput("02a01", JAN_2026.plusMonths(2), JAN_2026.plusMonths(1), -5L),
        new ContractProviderCommand.LotInput(null, null, null, null)))))
        .containsExactly("provider:agb_code_format", "until:before_start", "lots[0]:required",
            "lots[1].product:product_code_format", "lots[1].until:before_start", "lots[1].tariffCents:negative",
            "lots[2].product:required", "lots[2].from:required");
  }

  @Test
  void a_contract_s_second_round_names_what_a_direct_caller_left_out() {
    ContractProviderCommand gaps = new ContractProviderCommand(null, null, List.of(
        new NewLot(null, null, Option.some(Money.ofCents(-1))), null));
    assertThat(errors(gaps.validated())).containsExactly("provider:required", "period:required",
        "lots[0].product:required", "lots[0].validity:required", "lots[0].tariff:negative", "lots[1]:required");
  }

  @Test
  void an_added_lot_reads_as_a_contract_s_lot_and_needs_its_contract() {
    AddLotCommand read = right(AddLotCommand.read("02A01", JAN_2026, null, 1234L));
    assertThat(errors(read.validated())).containsExactly("contract:required");
    assertThat(right(read.forContract(CONTRACT).validated()))
        .isEqualTo(new AddLotCommand(CONTRACT, GUIDANCE, DateRange.from(JAN_2026), Option.some(Money.ofCents(1234))));
    assertThat(errors(AddLotCommand.read("TOOLONG", null, null, -1L)))
        .containsExactly("product:product_code_format", "from:required", "tariffCents:negative");
  }

  // --- providers

  @Test
  void a_provider_read_from_its_raw_values_is_the_registration_it_describes() {
    qt().forAll(SharedGen.agbCodes().zip(ContractingGen.providerNames(), Tuple::of),
        ContractingGen.chamberOfCommerceNumbers(), ContractingGen.deliveryForms(), ContractingGen.supervisionContacts())
        .checkAssert((agbAndName, kvk, forms, c) -> {
          AgbCode agb = agbAndName._1;
          String name = agbAndName._2;
          ContactInput contact = new ContactInput(c.name(), c.email(), c.phone());
          RegisterProviderCommand command = right(RegisterProviderCommand.read(agb.value(), name, kvk.value(), forms,
              contact));
          assertThat(command).isEqualTo(new RegisterProviderCommand(agb, name, kvk, forms, contact));
          assertThat(right(command.validated())).isEqualTo(command);
        });
  }

  @Test
  void a_provider_names_every_missing_or_malformed_detail_at_once() {
    assertThat(errors(RegisterProviderCommand.read(null, null, null, null, null))).containsExactly("agbCode:required",
        "name:required", "chamberOfCommerce:required", "deliveryForms:required", "supervisionContact:required");
    assertThat(errors(RegisterProviderCommand.read("1234567a", " ", "1234",
        List.of(ProviderDeliveryForm.IN_KIND, null), new ContactInput("", "a@b", "12"))))
        .containsExactly("agbCode:agb_code_format", "name:required", "chamberOfCommerce:kvk_number_format",
            "deliveryForms[1]:required", "supervisionContact.name:required", "supervisionContact.email:email_format",
            "supervisionContact.phone:phone_format");
    RegisterProviderCommand longName = right(RegisterProviderCommand.read("98000001",
        "x".repeat(RegisterProviderCommand.MAX_NAME_LENGTH + 1), "99000001", List.of(ProviderDeliveryForm.IN_KIND),
        CONTACT));
    assertThat(errors(longName.validated())).containsExactly("name:too_long");
  }

  @Test
  void an_update_reads_as_a_registration_with_a_version_for_the_provider_named_apart() {
    assertThat(errors(UpdateProviderCommand.read(null, "X", "99000001", List.empty(), CONTACT)))
        .containsExactly("version:required", "deliveryForms:required");
    UpdateProviderCommand read = right(UpdateProviderCommand.read(3L, "X", "99000001",
        List.of(ProviderDeliveryForm.PERSONAL_BUDGET), CONTACT));
    assertThat(errors(read.validated())).containsExactly("agb:required");
    UpdateProviderCommand update = right(read.forProvider(AGB).validated());
    assertThat(update.agb()).isEqualTo(AGB);
    assertThat(update.expectedVersion()).isEqualTo(3L);
  }

  // --- admission

  @Test
  void an_application_names_its_period_and_products_then_none_twice() {
    assertThat(errors(ApplyForAdmissionCommand.read(null, null, List.empty())))
        .containsExactly("from:required", "products:required");
    assertThat(errors(ApplyForAdmissionCommand.read(JAN_2026, JAN_2026.minusDays(1),
        List.of("02A01", "TOOLONG", null)))).containsExactly("until:before_start", "products[1]:product_code_format",
        "products[2]:required");
    ApplyForAdmissionCommand twice = right(ApplyForAdmissionCommand.read(JAN_2026, null, List.of("02A01", "02A01")));
    assertThat(errors(twice.validated())).containsExactly("provider:required", "products[1]:duplicate");
    assertThat(errors(twice.forProvider(AGB).validated())).containsExactly("products[1]:duplicate");
    ApplyForAdmissionCommand once = right(ApplyForAdmissionCommand.read(JAN_2026, null, List.of("02A01")));
    assertThat(right(once.forProvider(AGB).validated()))
        .isEqualTo(new ApplyForAdmissionCommand(AGB, DateRange.from(JAN_2026), List.of(GUIDANCE)));
  }

  @Test
  void evidence_names_every_bad_field_at_once_and_a_direct_caller_s_gaps() {
    assertThat(errors(SubmitEvidenceCommand.read(null, null, null, null)))
        .containsExactly("condition:required", "reference:required", "validFrom:required");
    assertThat(errors(SubmitEvidenceCommand.read("insurance", "x".repeat(201), JAN_2026, JAN_2026.minusDays(1))))
        .containsExactly("condition:condition_code_format", "reference:too_long", "expiresOn:before_valid_from");
    SubmitEvidenceCommand read = right(SubmitEvidenceCommand.read("INSURANCE", " DOC-1 ", JAN_2026, null));
    assertThat(right(read.forContract(CONTRACT).validated())).isEqualTo(new SubmitEvidenceCommand(CONTRACT,
        ConditionCode.of("INSURANCE"), " DOC-1 ", JAN_2026, Option.none()));
    assertThat(errors(new SubmitEvidenceCommand(null, null, " ", null, null).validated())).containsExactly(
        "contract:required", "condition:required", "reference:required", "validFrom:required", "expiresOn:required");
  }

  // --- lifecycle and client stops

  @Test
  void the_lifecycle_and_client_stop_commands_read_their_fields_then_need_their_contract() {
    assertThat(errors(TerminateContractCommand.read(null))).containsExactly("from:required");
    assertThat(errors(LiftClientStopCommand.read(null))).containsExactly("from:required");
    assertThat(errors(SuspendContractCommand.read(null))).containsExactly("reason:required");
    assertThat(errors(ImposeClientStopCommand.read(null, null, null)))
        .containsExactly("from:required", "reason:required");
    assertThat(errors(ImposeClientStopCommand.read(JAN_2026, JAN_2026.minusDays(1), ClientStopReason.QUALITY_SIGNALS)))
        .containsExactly("until:before_start");
    assertThat(errors(RequestClientStopCommand.read(null, null, " ")))
        .containsExactly("from:required", "explanation:required");
    assertThat(errors(RequestClientStopCommand.read(JAN_2026, null, "x".repeat(501))))
        .containsExactly("explanation:too_long");

    assertThat(errors(right(TerminateContractCommand.read(JAN_2026)).validated())).containsExactly("contract:required");
    assertThat(right(right(TerminateContractCommand.read(JAN_2026)).forContract(CONTRACT).validated()))
        .isEqualTo(new TerminateContractCommand(CONTRACT, JAN_2026));
    assertThat(right(right(ImposeClientStopCommand.read(JAN_2026, null, ClientStopReason.FRAUD_SIGNALS))
        .forContract(CONTRACT).validated()))
        .isEqualTo(new ImposeClientStopCommand(CONTRACT, DateRange.from(JAN_2026), ClientStopReason.FRAUD_SIGNALS));
    assertThat(errors(new RequestClientStopCommand(CONTRACT, null, "x".repeat(501)).validated()))
        .containsExactly("period:required", "explanation:too_long");
    assertThat(errors(new SuspendContractCommand(null, null).validated())).containsExactly("contract:required",
        "reason:required");
    assertThat(errors(new DecideOnClientStopRequestCommand(null, null, true).validated()))
        .containsExactly("contract:required", "request:required");
    assertThat(errors(new ActivateContractCommand(null).validated())).containsExactly("contract:required");
    assertThat(errors(new ReactivateContractCommand(null).validated())).containsExactly("contract:required");
    assertThat(errors(new AdmitApplicationCommand(null).validated())).containsExactly("contract:required");
  }

  // --- the terms of lots

  @Test
  void a_waiting_time_norm_reads_only_1_to_365_days() {
    qt().forAll(integers().between(-400, 800)).checkAssert(days -> {
      Either<DomainError, SetWaitingTimeNormCommand> read = SetWaitingTimeNormCommand.read(days);
      if (days >= 1 && days <= WaitingTimeNorm.MAX_DAYS) {
        assertThat(right(right(read).forContract(CONTRACT).validated()))
            .isEqualTo(new SetWaitingTimeNormCommand(CONTRACT, days));
      } else {
        assertThat(errors(read)).containsExactly("maxDays:out_of_range");
      }
    });
    assertThat(errors(SetWaitingTimeNormCommand.read(null))).containsExactly("maxDays:required");
    assertThat(errors(new SetWaitingTimeNormCommand(null, 0).validated()))
        .containsExactly("contract:required", "maxDays:out_of_range");
  }

  @Test
  void a_lot_s_tariff_and_indexation_read_their_fields_then_need_the_lot() {
    assertThat(errors(SetLotTariffCommand.read(null, null))).containsExactly("from:required", "tariffCents:required");
    assertThat(errors(SetLotTariffCommand.read(null, -1L))).containsExactly("from:required", "tariffCents:negative");
    SetLotTariffCommand tariff = right(SetLotTariffCommand.read(JAN_2026, 4200L));
    assertThat(errors(tariff.validated())).containsExactly("contract:required", "product:required");
    assertThat(right(tariff.forLot(CONTRACT, GUIDANCE).validated()))
        .isEqualTo(new SetLotTariffCommand(CONTRACT, GUIDANCE, JAN_2026, Money.ofCents(4200)));
    assertThat(errors(new SetLotTariffCommand(CONTRACT, GUIDANCE, JAN_2026, Money.ofCents(-1)).validated()))
        .containsExactly("tariff:negative");

    assertThat(errors(IndexTariffCommand.read(null, null))).containsExactly("from:required", "percentage:required");
    assertThat(errors(IndexTariffCommand.read(JAN_2026, "3,2"))).containsExactly("percentage:percentage_format");
    assertThat(errors(IndexTariffCommand.read(JAN_2026, "-100"))).containsExactly("percentage:out_of_range");
    assertThat(right(right(IndexTariffCommand.read(JAN_2026, "3.2")).forLot(CONTRACT, GUIDANCE).validated()))
        .isEqualTo(new IndexTariffCommand(CONTRACT, GUIDANCE, JAN_2026, IndexationRate.ofBasisPoints(320)));
    assertThat(errors(new IndexTariffCommand(null, null, null, null).validated()))
        .containsExactly("contract:required", "product:required", "from:required", "rate:required");
  }

  @Test
  void claim_moments_read_their_day_and_kind_then_are_checked_under_moments() {
    assertThat(errors(SetClaimMomentsCommand.read(null, null, null, null)))
        .containsExactly("date:required", "kind:required");
    assertThat(errors(SetClaimMomentsCommand.read(JAN_2026, ClaimMomentKind.PER_MILESTONE, ClaimPeriod.MONTH,
        List.of("Intake", " ", "Intake")))).containsExactly("period:not_applicable", "milestones[1]:required",
        "milestones[2]:duplicate");
    SetClaimMomentsCommand read = right(SetClaimMomentsCommand.read(JAN_2026, ClaimMomentKind.PER_PERIOD,
        ClaimPeriod.MONTH, null));
    assertThat(errors(read.validated())).containsExactly("contract:required", "product:required");
    assertThat(right(read.forLot(CONTRACT, GUIDANCE).validated())).isEqualTo(new SetClaimMomentsCommand(CONTRACT,
        GUIDANCE, JAN_2026, new ClaimMomentsInput(ClaimMomentKind.PER_PERIOD, ClaimPeriod.MONTH, List.empty())));
    assertThat(errors(new SetClaimMomentsCommand(CONTRACT, GUIDANCE, JAN_2026,
        new ClaimMomentsInput(ClaimMomentKind.PER_PERIOD, null, null)).validated()))
        .containsExactly("moments.period:required");
  }
}
