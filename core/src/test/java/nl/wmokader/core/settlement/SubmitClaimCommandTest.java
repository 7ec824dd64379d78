package nl.wmokader.core.settlement;

import static nl.wmokader.core.settlement.ClaimGen.input;
import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.settlement.port.in.SubmitClaimCommand;
import nl.wmokader.core.settlement.port.in.SubmitClaimUseCase;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import org.junit.jupiter.api.Test;

/** A claim made from raw values: every field error at once, formats before ranges, valid values only. */
class SubmitClaimCommandTest {

  private static final YearMonth NOV = YearMonth.of(2025, 11);
  private static final Assignment GUIDED = ClaimGen.assignment(1, ClaimGen.GUIDANCE,
      new Volume(3, Unit.HOUR, Frequency.PER_WEEK), ClaimGen.range("2025-10-01", "2025-12-31"));
  private static final ClaimLine GOOD = ClaimGen.debit("R1", GUIDED, NOV, 15).build();
  private static final String[] LINE_FIELDS = {"reference", "assignment", "client", "category", "product", "periodStart",
      "periodEnd", "volume", "unit", "tariffCents", "amountCents", "direction"};

  private static Either<DomainError, SubmitClaimCommand> claim(Long total, ClaimLineInput... lines) {
    return SubmitClaimCommand.of("1721", "2025-11", "D-1", total, List.of(lines));
  }

  private static Seq<String> errors(Either<DomainError, SubmitClaimCommand> result) {
    return left(result, InvalidInput.class).errors().map(e -> e.field() + ":" + e.code());
  }

  @Test
  void valid_raw_values_make_the_lines_they_describe() {
    qt().withExamples(200).forAll(ClaimPropertiesTest.lines(12)).checkAssert(lines -> {
      SubmitClaimCommand command = right(SubmitClaimCommand.of("1721", "2025-11", "D-1", null, lines.map(ClaimGen::input)));
      assertThat(command.lines()).isEqualTo(lines);
      assertThat(command.declaredTotal()).isEmpty();
    });
  }

  @Test
  void any_one_field_missing_is_named_as_sent_and_alone() {
    qt().withExamples(200).forAll(ClaimPropertiesTest.lines(6), integers().between(0, LINE_FIELDS.length - 1),
        integers().between(0, 5)).checkAssert((lines, field, at) -> {
          int index = at % lines.size();
          Seq<ClaimLineInput> inputs = lines.map(ClaimGen::input).update(index, in -> without(in, LINE_FIELDS[field]));
          assertThat(errors(SubmitClaimCommand.of("1721", "2025-11", "D-1", 1L, inputs)))
              .containsExactly("lines[" + index + "]." + LINE_FIELDS[field] + ":required");
        });
  }

  private static final java.util.List<String> TEXTS = java.util.Arrays.asList(null, "", " ", "R1", "x",
      "0f8fa6e2-3c1b-4a57-9d2e-6b1c2f3a4d5e", "0F8FA6E2-3C1B-4A57-9D2E-6B1C2F3A4D5E",
      "0f8fa6e2-3c1b-4a57-9d2e-6b1c2f3a4d5", "0f8fa6e2x3c1b-4a57-9d2e-6b1c2f3a4d5e",
      "0g8fa6e2-3c1b-4a57-9d2e-6b1c2f3a4d5e", "999900018", "999900019", "99990001", "9999000180", "000000000",
      "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669", "02", "2", "04", "14", "99", "02A01", "02a01",
      "02A011", "ZZZZZ", "R123456789012");
  private static final java.util.List<Long> NUMBERS = java.util.Arrays.asList(null, 0L, 4L, -1L, 100_000_000L);

  /** A good line with any two of its fields replaced by text or numbers that may or may not fit. */
  private static org.quicktheories.core.Gen<ClaimLineInput> mangled() {
    return integers().between(0, 12).zip(integers().between(0, 12), integers().between(0, 999), (a, b, pick) -> {
      Object[] v = {"R1", null, GUIDED.id().toString(), ClaimGen.CLIENT.value(), "02", "02A01", NOV.atDay(1),
          NOV.atEndOfMonth(), 15L, "04", 6_500L, 15L * 6_500, DebitCredit.DEBIT};
      set(v, a, pick);
      set(v, b, pick / 7);
      return new ClaimLineInput((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
          (String) v[5], (LocalDate) v[6], (LocalDate) v[7], (Long) v[8], (String) v[9], (Long) v[10], (Long) v[11],
          (DebitCredit) v[12]);
    });
  }

  private static void set(Object[] v, int field, int pick) {
    switch (field) {
      case 6, 7 -> v[field] = pick % 3 == 0 ? null : NOV.atDay(1 + pick % 28);
      case 8, 10, 11 -> v[field] = NUMBERS.get(pick % NUMBERS.size());
      case 12 -> v[field] = pick % 3 == 0 ? null : DebitCredit.values()[pick % 2];
      default -> v[field] = TEXTS.get(pick % TEXTS.size());
    }
  }

  @Test
  void a_line_answers_alike_whether_or_not_its_codes_and_client_were_met_before() {
    qt().withExamples(5_000).forAll(mangled()).checkAssert(line -> {
      Either<DomainError, SubmitClaimCommand> alone = claim(null, line);
      Either<DomainError, SubmitClaimCommand> second = claim(null, input(GOOD), line);
      if (alone.isRight()) {
        assertThat(second.get().lines().last()).isEqualTo(alone.get().lines().head());
      } else {
        assertThat(errors(second).map(e -> e.replace("lines[1]", "lines[0]"))).as(line.toString())
            .isEqualTo(errors(alone));
      }
    });
  }

  @Test
  void nothing_given_names_every_field_of_the_claim() {
    assertThat(errors(SubmitClaimCommand.of(null, " ", null, null, null)))
        .containsExactly("municipality:required", "month:required", "number:required", "lines:required");
    assertThat(errors(SubmitClaimCommand.of("17", "2025-13", "D-1", null, List.of((ClaimLineInput) null))))
        .containsExactly("municipality:municipality_code_format", "month:month_format", "lines[0]:required");
  }

  @Test
  void every_missing_or_malformed_field_of_every_line_at_once() {
    ClaimLineInput nulls = new ClaimLineInput(null, null, null, null, null, null, null, null, null, null, null, null, null);
    ClaimLineInput malformed = new ClaimLineInput("R2", null, "not-a-uuid", "999999991", "99", "2a-01",
        NOV.atDay(1), NOV.atEndOfMonth(), 1L, "xx", 1L, 1L, DebitCredit.DEBIT);
    assertThat(errors(claim(null, nulls, input(GOOD), malformed))).containsExactly(
        "lines[0].reference:required", "lines[0].assignment:required", "lines[0].client:required",
        "lines[0].category:required", "lines[0].product:required", "lines[0].periodStart:required", "lines[0].periodEnd:required",
        "lines[0].volume:required", "lines[0].unit:required", "lines[0].tariffCents:required",
        "lines[0].amountCents:required", "lines[0].direction:required",
        "lines[2].assignment:assignment_format", "lines[2].client:bsn_eleven_test", "lines[2].category:invalid_value",
        "lines[2].product:product_code_format", "lines[2].unit:invalid_value");
  }

  @Test
  void ranges_lengths_and_periods_only_once_every_field_has_its_form() {
    ClaimLineInput outOfRange = new ClaimLineInput("R12345678901234567890", null, GUIDED.id().toString(),
        ClaimGen.CLIENT.value(), "02", "02A01", NOV.atDay(20), LocalDate.of(2025, 12, 5), 0L, "04", -1L, 100_000_000L,
        DebitCredit.DEBIT);
    ClaimLineInput badClient = withClient(input(GOOD), "12345678");
    assertThat(errors(claim(null, outOfRange, badClient))).containsExactly("lines[1].client:bsn_format");
    assertThat(errors(claim(null, outOfRange, input(GOOD)))).containsExactly(
        "lines[0].reference:too_long", "lines[0].periodEnd:spans_months", "lines[0].volume:out_of_range",
        "lines[0].tariffCents:out_of_range", "lines[0].amountCents:out_of_range");
    ClaimLineInput backwards = new ClaimLineInput("R3", null, GUIDED.id().toString(), ClaimGen.CLIENT.value(), "02",
        "02A01", NOV.atDay(20), NOV.atDay(19), 1L, "04", 1L, 1L, DebitCredit.DEBIT);
    assertThat(errors(claim(null, backwards))).containsExactly("lines[0].periodEnd:before_start");
    assertThat(errors(SubmitClaimCommand.of("1721", "2025-11", "D-1234567890123", null, List.empty())))
        .containsExactly("number:too_long", "lines:size");
    Seq<ClaimLineInput> tooMany = List.fill(SubmitClaimUseCase.MAX_LINES + 1, input(GOOD));
    assertThat(errors(SubmitClaimCommand.of("1721", "2025-11", "D-1", null, tooMany))).containsExactly("lines:size");
  }

  @Test
  void only_a_credit_names_a_previous_reference_and_a_credit_must() {
    ClaimLineInput debit = input(GOOD);
    ClaimLineInput credit = input(ClaimGen.credit("C1", GOOD));
    assertThat(right(claim(null, debit, credit)).lines().map(ClaimLine::isCredit)).containsExactly(false, true);
    assertThat(errors(claim(null, withPrevious(debit, "R0"), withPrevious(credit, null), withPrevious(credit, " "),
        withPrevious(credit, "R12345678901234567890")))).containsExactly(
        "lines[0].previousReference:not_applicable", "lines[1].previousReference:required",
        "lines[2].previousReference:required", "lines[3].previousReference:too_long");
  }

  @Test
  void a_declared_total_is_the_lines_debits_minus_credits_checked_last() {
    ClaimLine credit = ClaimGen.credit("C1", GOOD);
    assertThat(right(claim(0L, input(GOOD), input(credit))).declaredTotal()).contains(Money.ofCents(0));
    assertThat(right(claim(15L * 6_500, input(GOOD))).declaredTotal()).contains(Money.ofCents(15 * 6_500));
    assertThat(errors(claim(1L, input(GOOD)))).containsExactly("declaredTotalCents:total_mismatch");
    ClaimLineInput zeroVolume = withVolume(input(GOOD), 0L);
    assertThat(errors(claim(1L, zeroVolume))).containsExactly("lines[0].volume:out_of_range");
  }

  @Test
  void the_constructor_takes_only_valid_values() {
    assertThatThrownBy(() -> new SubmitClaimCommand(ClaimGen.MEMBER, NOV, " ", Option.none(), List.of(GOOD)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SubmitClaimCommand(ClaimGen.MEMBER, NOV, "D-1", Option.none(), List.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SubmitClaimCommand(ClaimGen.MEMBER, NOV, "D-1", Option.some(Money.ofCents(1)),
        List.of(GOOD))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SubmitClaimCommand(null, NOV, "D-1", Option.none(), List.of(GOOD)))
        .isInstanceOf(NullPointerException.class);
  }

  private static ClaimLineInput without(ClaimLineInput in, String field) {
    return new ClaimLineInput(field.equals("reference") ? null : in.reference(), in.previousReference(),
        field.equals("assignment") ? null : in.assignment(), field.equals("client") ? null : in.client(),
        field.equals("category") ? null : in.category(), field.equals("product") ? null : in.product(),
        field.equals("periodStart") ? null : in.periodStart(), field.equals("periodEnd") ? null : in.periodEnd(),
        field.equals("volume") ? null : in.volume(), field.equals("unit") ? null : in.unit(),
        field.equals("tariffCents") ? null : in.tariffCents(), field.equals("amountCents") ? null : in.amountCents(),
        field.equals("direction") ? null : in.direction());
  }

  private static ClaimLineInput withClient(ClaimLineInput in, String client) {
    return new ClaimLineInput(in.reference(), in.previousReference(), in.assignment(), client, in.category(),
        in.product(), in.periodStart(), in.periodEnd(), in.volume(), in.unit(), in.tariffCents(), in.amountCents(),
        in.direction());
  }

  private static ClaimLineInput withPrevious(ClaimLineInput in, String previous) {
    return new ClaimLineInput(in.reference(), previous, in.assignment(), in.client(), in.category(), in.product(),
        in.periodStart(), in.periodEnd(), in.volume(), in.unit(), in.tariffCents(), in.amountCents(), in.direction());
  }

  private static ClaimLineInput withVolume(ClaimLineInput in, Long volume) {
    return new ClaimLineInput(in.reference(), in.previousReference(), in.assignment(), in.client(), in.category(),
        in.product(), in.periodStart(), in.periodEnd(), volume, in.unit(), in.tariffCents(), in.amountCents(),
        in.direction());
  }
}
