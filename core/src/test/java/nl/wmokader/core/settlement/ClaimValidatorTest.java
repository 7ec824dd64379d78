package nl.wmokader.core.settlement;

import static nl.wmokader.core.settlement.ClaimGen.CLIENT;
import static nl.wmokader.core.settlement.ClaimGen.GUIDANCE;
import static nl.wmokader.core.settlement.ClaimGen.MEMBER;
import static nl.wmokader.core.settlement.ClaimGen.PROVIDER;
import static nl.wmokader.core.settlement.ClaimGen.assignment;
import static nl.wmokader.core.settlement.ClaimGen.context;
import static nl.wmokader.core.settlement.ClaimGen.credit;
import static nl.wmokader.core.settlement.ClaimGen.debit;
import static nl.wmokader.core.settlement.ClaimGen.range;
import static nl.wmokader.core.settlement.ClaimGen.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.settlement.domain.AssignmentLedger;
import nl.wmokader.core.settlement.domain.ClaimAnswer;
import nl.wmokader.core.settlement.domain.ClaimContext;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.ClaimValidator;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.shared.Money;
import org.junit.jupiter.api.Test;

/** One focused example per rejection code of DOMAIN §8, and the rules around them. */
class ClaimValidatorTest {

  private static final YearMonth OCT = YearMonth.of(2025, 10);
  private static final YearMonth NOV = YearMonth.of(2025, 11);
  private static final YearMonth DEC = YearMonth.of(2025, 12);
  private static final Volume THREE_HOURS_A_WEEK = new Volume(3, Unit.HOUR, Frequency.PER_WEEK);
  /** The worked example: Tuesday 7 October to Tuesday 30 December 2025; November allows 15 hours. */
  private static final Assignment GUIDED = assignment(1, GUIDANCE, THREE_HOURS_A_WEEK, range("2025-10-07", "2025-12-30"));

  private static List<String> codes(ClaimAnswer answer, int line) {
    return answer.lines().get(line).answerCodes().toList();
  }

  private static List<String> only(ClaimLine line) {
    return codes(validate(NOV, context(GUIDED), line), 0);
  }

  private static ClaimContext withLedger(Assignment a, ClaimLine... approved) {
    return context(List.of(a), List.of(new AssignmentLedger(a.id(), 1, List.of(approved))), HashSet.empty());
  }

  @Test
  void a_full_month_within_the_volume_is_approved_with_8001_and_charged_to_the_member() {
    ClaimAnswer answer = validate(NOV, context(GUIDED), debit("R1", GUIDED, NOV, 15).build());
    assertThat(codes(answer, 0)).containsExactly("8001");
    assertThat(answer.lines().get(0).chargedTo()).contains(MEMBER);
    assertThat(answer.approvedOn()).containsExactly(GUIDED.id());
    assertThat(answer.approvedTotal()).isEqualTo(Money.ofCents(15 * 6_500));
  }

  @Test
  void missing_delivery_start_and_stop_reports_never_reject() {
    assertThat(GUIDED.deliveryStart()).isEmpty();
    assertThat(GUIDED.stop()).isEmpty();
    assertThat(only(debit("R1", GUIDED, NOV, 15).build())).containsExactly("8001");
  }

  @Test
  void a_line_on_an_assignment_of_nobody_another_provider_another_member_or_deleted_is_9338() {
    ClaimLine unknown = debit("R1", GUIDED, NOV, 15).assignment(ClaimGen.assignmentId(99)).build();
    assertThat(only(unknown)).containsExactly("9338");

    Assignment others = GUIDED.withProvider(ClaimGen.OTHER_PROVIDER);
    assertThat(codes(validate(NOV, context(others), debit("R1", others, NOV, 15).build()), 0)).containsExactly("9338");

    ClaimAnswer toOtherMember = ClaimValidator.validate(PROVIDER, ClaimGen.OTHER_MEMBER, NOV,
        List.of(debit("R1", GUIDED, NOV, 15).build()), context(GUIDED));
    assertThat(codes(toOtherMember, 0)).containsExactly("9338");
    assertThat(toOtherMember.lines().get(0).chargedTo()).isEmpty();

    Assignment deleted = GUIDED.withStatus(AssignmentStatus.DELETED);
    assertThat(codes(validate(NOV, context(deleted), debit("R1", deleted, NOV, 15).build()), 0)).containsExactly("9338");
  }

  @Test
  void another_client_is_8187() {
    assertThat(only(debit("R1", GUIDED, NOV, 15).client(ClaimGen.OTHER_CLIENT).build())).containsExactly("8187");
  }

  @Test
  void another_category_is_9339() {
    assertThat(only(debit("R1", GUIDED, NOV, 15).category(ProductCategory.DAY_ACTIVITIES).build())).contains("9339");
  }

  @Test
  void another_product_or_a_task_based_one_is_9340() {
    ClaimLine specialist = debit("R1", GUIDED, NOV, 15).product(Option.some(ClaimGen.SPECIALIST))
        .tariff(ClaimGen.SPECIALIST_TARIFF).build();
    assertThat(only(specialist)).containsExactly("9340");

    Assignment aspecific = ClaimGen.reshaped(GUIDED, AssignmentType.ASPECIFIC,
        ProductCategory.OTHER_INDIVIDUAL_SUPPORT, Option.none(), Option.some(new Volume(10, Unit.PIECE_EFFORT, Frequency.PER_MONTH)));
    ClaimLine task = debit("R2", aspecific, NOV, 5).product(Option.some(ClaimGen.TASK)).tariff(ClaimGen.TASK_TARIFF).build();
    assertThat(codes(validate(NOV, context(aspecific), task), 0)).containsExactly("9340");
  }

  @Test
  void another_unit_is_9341_but_minutes_on_an_hourly_assignment_are_allowed() {
    assertThat(only(debit("R1", GUIDED, NOV, 15).unit(Unit.DAY_PART).build())).containsExactly("9341");
    ClaimLine minutes = debit("R2", GUIDED, NOV, 900).unit(Unit.MINUTE).build();
    assertThat(minutes.amount()).isEqualTo(Money.ofCents(15 * 6_500));
    assertThat(only(minutes)).containsExactly("8001");
    assertThat(only(debit("R3", GUIDED, NOV, 901).unit(Unit.MINUTE).build())).as("15 h 1 min rounds to 15 h")
        .containsExactly("8001");
    assertThat(only(debit("R4", GUIDED, NOV, 930).unit(Unit.MINUTE).build())).as("15 h 30 min rounds to 16 h")
        .containsExactly("9321");
  }

  @Test
  void a_period_starting_or_ending_outside_the_assignment_is_9307_or_9308() {
    assertThat(codes(validate(OCT, context(GUIDED), debit("R1", GUIDED, OCT.atDay(1), OCT.atEndOfMonth(), 12).build()), 0))
        .containsExactly("9307");
    assertThat(codes(validate(DEC, context(GUIDED), debit("R1", GUIDED, DEC.atDay(1), DEC.atEndOfMonth(), 15).build()), 0))
        .containsExactly("9308");
  }

  @Test
  void a_period_not_from_the_first_or_to_the_last_is_9387_or_9388() {
    assertThat(only(debit("R1", GUIDED, LocalDate.of(2025, 11, 2), NOV.atEndOfMonth(), 12).build())).containsExactly("9387");
    assertThat(only(debit("R1", GUIDED, NOV.atDay(1), LocalDate.of(2025, 11, 29), 12).build())).containsExactly("9388");
  }

  @Test
  void but_not_in_the_month_the_assignment_starts_or_ends_or_stops_in() {
    assertThat(codes(validate(OCT, context(GUIDED), debit("R1", GUIDED, OCT, 12).build()), 0))
        .as("7..31 October").containsExactly("8001");
    assertThat(codes(validate(DEC, context(GUIDED), debit("R1", GUIDED, DEC, 15).build()), 0))
        .as("1..30 December").containsExactly("8001");
    Assignment stopped = ClaimGen.stopped(GUIDED, LocalDate.of(2025, 11, 20));
    assertThat(codes(validate(NOV, context(stopped), debit("R1", stopped, NOV.atDay(1), LocalDate.of(2025, 11, 20), 9).build()), 0))
        .as("stopped on 20 November").containsExactly("8001");
  }

  @Test
  void a_period_after_the_claim_month_is_9319_an_earlier_one_is_a_late_line() {
    assertThat(codes(validate(OCT, context(GUIDED), debit("R1", GUIDED, NOV, 15).build()), 0)).containsExactly("9319");
    assertThat(codes(validate(DEC, context(GUIDED), debit("R1", GUIDED, NOV, 15).build()), 0)).containsExactly("8001");
  }

  @Test
  void a_line_over_its_own_ceiling_is_9321() {
    assertThat(only(debit("R1", GUIDED, NOV, 16).build())).containsExactly("9321");
  }

  @Test
  void lines_over_the_month_together_are_9322() {
    // Wednesday 5 to Friday 28 November: weeks 45-48 give 12 hours, and both partial periods are allowed.
    Assignment fromFifth = GUIDED.withValidity(range("2025-11-05", "2025-11-28"));
    ClaimLine first = debit("R1", fromFifth, LocalDate.of(2025, 11, 5), LocalDate.of(2025, 11, 19), 9).build();
    ClaimLine second = debit("R2", fromFifth, LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 28), 6).build();
    ClaimAnswer together = validate(NOV, context(fromFifth), first, second);
    assertThat(codes(together, 0)).containsExactly("8001");
    assertThat(codes(together, 1)).containsExactly("9322");
    assertThat(codes(validate(NOV, withLedger(fromFifth, first), second), 0)).as("against an earlier claim")
        .containsExactly("9322");
    ClaimLine fits = debit("R3", fromFifth, LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 28), 3).build();
    assertThat(codes(validate(NOV, withLedger(fromFifth, first), fits), 0)).containsExactly("8001");
  }

  @Test
  void lines_over_the_whole_assignment_together_are_9322() {
    ClaimLine october = debit("R1", GUIDED, OCT, 12).build();
    ClaimLine november = debit("R2", GUIDED, NOV, 15).build();
    assertThat(codes(validate(DEC, withLedger(GUIDED, october, november), debit("R3", GUIDED, DEC, 15).build()), 0))
        .as("12 + 15 + 15 > 39").containsExactly("9322");
    assertThat(codes(validate(DEC, withLedger(GUIDED, october, november), debit("R3", GUIDED, DEC, 12).build()), 0))
        .as("12 + 15 + 12 = 39").containsExactly("8001");
  }

  @Test
  void a_euro_budget_exceeded_is_9369() {
    Assignment generic = ClaimGen.reshaped(GUIDED, AssignmentType.GENERIC,
        ProductCategory.OTHER_CUSTOM_ARRANGEMENTS, Option.none(), Option.some(new Volume(100_000, Unit.EUROS, Frequency.TOTAL)));
    ClaimLine october = debit("R1", generic, OCT, 60_000).product(Option.none()).build();
    assertThat(october.amount()).isEqualTo(Money.ofCents(60_000));
    assertThat(codes(validate(OCT, context(generic), october), 0)).containsExactly("8001");
    assertThat(codes(validate(NOV, withLedger(generic, october), debit("R2", generic, NOV, 50_000).build()), 0))
        .containsExactly("9369");
    assertThat(codes(validate(NOV, withLedger(generic, october), debit("R2", generic, NOV, 40_000).build()), 0))
        .containsExactly("8001");
    assertThat(codes(validate(NOV, context(generic), debit("R2", generic, NOV, 100_001).build()), 0))
        .containsExactly("9369");
  }

  @Test
  void the_tariff_is_the_lots_own_else_the_reference_tariff_0611() {
    assertThat(only(debit("R1", GUIDED, NOV, 15).tariff(ClaimGen.GUIDANCE_REFERENCE_TARIFF).build()))
        .as("the reference tariff where the lot has its own").containsExactly("0611");
    Assignment specialist = assignment(2, ClaimGen.SPECIALIST, THREE_HOURS_A_WEEK, GUIDED.validity());
    assertThat(codes(validate(NOV, context(specialist), debit("R1", specialist, NOV, 15).build()), 0))
        .containsExactly("8001");
    assertThat(codes(validate(NOV, context(specialist), debit("R1", specialist, NOV, 15).tariff(Money.ofCents(8_100)).build()), 0))
        .containsExactly("0611");
  }

  @Test
  void no_contract_in_force_no_tariff_0611() {
    ClaimContext applied = new ClaimContext(List.of(GUIDED).toMap(Assignment::id, a -> a), io.vavr.collection.HashMap.empty(),
        HashSet.empty(), ClaimGen.productMap(),
        List.of(ClaimGen.contract(PROVIDER).withStatus(ContractStatus.APPLIED)));
    assertThat(codes(validate(NOV, applied, debit("R1", GUIDED, NOV, 15).build()), 0)).containsExactly("0611");
  }

  @Test
  void the_amount_is_volume_times_tariff_9346_minutes_half_up() {
    assertThat(only(debit("R1", GUIDED, NOV, 15).amount(Money.ofCents(15 * 6_500 + 1)).build())).containsExactly("9346");
    // 65.00 an hour: 5 minutes = 5.4166.. -> 5.42; 1 minute = 1.0833.. -> 1.08
    assertThat(only(debit("R2", GUIDED, NOV, 5).unit(Unit.MINUTE).amount(Money.ofCents(542)).build())).containsExactly("8001");
    assertThat(only(debit("R3", GUIDED, NOV, 5).unit(Unit.MINUTE).amount(Money.ofCents(541)).build())).containsExactly("9346");
    // 65.10 an hour (not the contract's): 1 minute = 1.085 -> 1.09 half up
    assertThat(only(debit("R4", GUIDED, NOV, 1).unit(Unit.MINUTE).tariff(Money.ofCents(6_510)).amount(Money.ofCents(109)).build()))
        .containsExactly("0611");
    assertThat(only(debit("R5", GUIDED, NOV, 1).unit(Unit.MINUTE).tariff(Money.ofCents(6_510)).amount(Money.ofCents(108)).build()))
        .containsExactly("0611", "9346");
  }

  @Test
  void a_reference_used_before_or_twice_in_one_claim_is_8021() {
    ClaimContext used = context(List.of(GUIDED), List.empty(), HashSet.of("R1"));
    assertThat(codes(validate(NOV, used, debit("R1", GUIDED, NOV, 15).build()), 0)).containsExactly("8021");

    Assignment other = assignment(2, ClaimGen.SPECIALIST, THREE_HOURS_A_WEEK, GUIDED.validity());
    ClaimAnswer twice = validate(NOV, context(GUIDED, other), debit("R1", GUIDED, NOV, 15).build(),
        debit("R1", other, NOV, 15).build());
    assertThat(codes(twice, 0)).containsExactly("8001");
    assertThat(codes(twice, 1)).containsExactly("8021");
  }

  @Test
  void a_second_debit_for_the_same_period_is_9389_unless_credited() {
    ClaimLine first = debit("R1", GUIDED, NOV, 10).build();
    assertThat(codes(validate(NOV, withLedger(GUIDED, first), debit("R2", GUIDED, NOV, 5).build()), 0)).containsExactly("9389");
    ClaimAnswer inOne = validate(NOV, context(GUIDED), first, debit("R2", GUIDED, NOV, 5).build());
    assertThat(codes(inOne, 1)).containsExactly("9389");
    assertThat(codes(validate(NOV, withLedger(GUIDED, first, credit("C1", first)), debit("R2", GUIDED, NOV, 5).build()), 0))
        .containsExactly("8001");
  }

  @Test
  void a_credit_without_an_approved_debit_or_not_mirroring_it_is_8017() {
    ClaimLine debit = debit("R1", GUIDED, NOV, 10).build();
    assertThat(codes(validate(NOV, context(GUIDED), credit("C1", debit)), 0)).as("never approved").containsExactly("8017");
    ClaimLine wrongVolume = credit("C1", debit("R1", GUIDED, NOV, 9).build());
    assertThat(codes(validate(NOV, withLedger(GUIDED, debit), wrongVolume), 0)).containsExactly("8017");
    ClaimLine elsewhere = credit("C1", debit("R1", GUIDED, NOV, 10).assignment(ClaimGen.assignmentId(99)).build());
    assertThat(codes(validate(NOV, withLedger(GUIDED, debit), elsewhere), 0)).containsExactly("9338", "8017");
    assertThat(codes(validate(NOV, withLedger(GUIDED, debit), credit("C1", debit)), 0)).containsExactly("8001");
  }

  @Test
  void a_debit_credited_before_or_twice_in_one_claim_is_9390() {
    ClaimLine debit = debit("R1", GUIDED, NOV, 10).build();
    assertThat(codes(validate(DEC, withLedger(GUIDED, debit, credit("C1", debit)), credit("C2", debit)), 0))
        .containsExactly("9390");
    ClaimAnswer twice = validate(DEC, withLedger(GUIDED, debit), credit("C1", debit), credit("C2", debit));
    assertThat(codes(twice, 0)).containsExactly("8001");
    assertThat(codes(twice, 1)).containsExactly("9390");
  }

  @Test
  void credits_go_before_debits_so_a_claim_may_credit_and_debit_a_month_again() {
    ClaimLine old = debit("R1", GUIDED, NOV, 15).build();
    ClaimLine corrected = debit("R2", GUIDED, NOV, 14).build();
    ClaimAnswer answer = validate(DEC, withLedger(GUIDED, old), corrected, credit("C1", old));
    assertThat(answer.lines().map(l -> l.line().reference())).as("the submitted order").containsExactly("R2", "C1");
    assertThat(codes(answer, 0)).containsExactly("8001");
    assertThat(codes(answer, 1)).containsExactly("8001");
    assertThat(answer.approvedTotal()).isEqualTo(Money.ofCents(-6_500));
  }

  @Test
  void every_code_that_applies_is_given() {
    ClaimLine bad = debit("R1", GUIDED, LocalDate.of(2025, 11, 2), LocalDate.of(2025, 11, 29), 15)
        .client(ClaimGen.OTHER_CLIENT).tariff(Money.ofCents(1)).amount(Money.ofCents(2)).build();
    assertThat(codes(validate(OCT, context(GUIDED), bad), 0))
        .containsExactlyInAnyOrder("8187", "9387", "9388", "9319", "0611", "9346");
    assertThat(RejectionCode.ofCode("9322")).contains(RejectionCode.TOTAL_VOLUME_EXCEEDED);
    assertThat(CLIENT).isNotEqualTo(ClaimGen.OTHER_CLIENT);
  }

  @Test
  void a_client_in_another_members_care_is_charged_to_the_member_of_origin() {
    Assignment attributed = GUIDED.withAttributedTo(Option.some(ClaimGen.OTHER_MEMBER));
    ClaimAnswer answer = validate(NOV, context(attributed), debit("R1", attributed, NOV, 15).build());
    assertThat(answer.lines().get(0).chargedTo()).contains(ClaimGen.OTHER_MEMBER);
  }
}
