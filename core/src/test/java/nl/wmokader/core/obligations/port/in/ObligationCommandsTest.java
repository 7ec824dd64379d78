package nl.wmokader.core.obligations.port.in;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.obligations.ObligationGen;
import nl.wmokader.core.obligations.domain.RefusalReason;
import nl.wmokader.core.obligations.domain.SpendingKind;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import org.junit.jupiter.api.Test;

/** The obligations' commands from raw values: presence at once, then their own second round against a given day. */
class ObligationCommandsTest {

  private static final AgbCode PROVIDER = AgbCode.of("98000001");
  /** The use case's day in these examples: 2031 lies after every generated year. */
  private static final LocalDate TODAY = LocalDate.of(2031, 3, 1);

  private static Seq<String> errors(Either<DomainError, ?> result) {
    return left(result, InvalidInput.class).errors().map(e -> e.field() + ":" + e.code());
  }

  // refusals

  @Test
  void a_refusal_read_from_its_raw_values_is_the_one_they_describe() {
    qt().forAll(ObligationGen.providers(), ObligationGen.years().flatMap(ObligationGen::dayIn), ObligationGen.reasons(),
        ObligationGen.texts())
        .checkAssert((provider, refusedOn, reason, explanation) -> {
          RecordRefusalCommand command = right(RecordRefusalCommand.read(refusedOn, reason, explanation)).apply(provider);
          assertThat(command).isEqualTo(new RecordRefusalCommand(provider, refusedOn, reason, Option.some(explanation)));
          assertThat(right(command.validated(TODAY))).isEqualTo(command);
        });
  }

  @Test
  void a_refusal_names_what_is_missing_then_every_rule_it_breaks() {
    assertThat(errors(RecordRefusalCommand.read(null, null, "x"))).containsExactly("refusedOn:required", "reason:required");
    assertThat(right(RecordRefusalCommand.read(TODAY, RefusalReason.NO_CAPACITY, null)).apply(PROVIDER).explanation())
        .isEmpty();
    assertThat(errors(new RecordRefusalCommand(null, null, null, null).validated(TODAY)))
        .containsExactly("provider:required", "refusedOn:required", "reason:required");
    assertThat(errors(new RecordRefusalCommand(PROVIDER, LocalDate.of(2014, 12, 31), RefusalReason.OTHER,
        Option.some(" ")).validated(TODAY))).containsExactly("refusedOn:out_of_range", "explanation:blank");
    assertThat(errors(new RecordRefusalCommand(PROVIDER, TODAY.plusDays(1), RefusalReason.OTHER, Option.none())
        .validated(TODAY))).containsExactly("refusedOn:in_the_future", "explanation:required");
    assertThat(errors(new RecordRefusalCommand(PROVIDER, TODAY, RefusalReason.NO_CAPACITY, Option.some("x".repeat(501)))
        .validated(TODAY))).containsExactly("explanation:too_long");
  }

  // spending

  @Test
  void spending_read_from_its_raw_values_is_the_report_it_describes() {
    qt().forAll(ObligationGen.providers(), ObligationGen.years(), ObligationGen.spendingKinds(), ObligationGen.amounts())
        .checkAssert((provider, year, kind, amount) -> {
          ReportSpendingCommand command = right(ReportSpendingCommand.read(year, kind, amount.cents(), "Scholing"))
              .apply(provider);
          assertThat(command).isEqualTo(new ReportSpendingCommand(provider, year, kind, amount, Option.some("Scholing")));
          assertThat(right(command.validated(TODAY))).isEqualTo(command);
        });
  }

  @Test
  void spending_names_what_is_missing_or_negative_then_every_rule_it_breaks() {
    assertThat(errors(ReportSpendingCommand.read(null, null, -1L, null)))
        .containsExactly("year:required", "kind:required", "amountCents:negative");
    assertThat(errors(ReportSpendingCommand.read(2026, SpendingKind.TRANSFORMATION, null, null)))
        .containsExactly("amountCents:required");
    assertThat(errors(new ReportSpendingCommand(null, 10_000, null, null, Option.some("x".repeat(501)))
        .validated(TODAY)))
        .containsExactly("provider:required", "year:out_of_range", "year:in_the_future", "kind:required",
            "amount:required", "description:too_long");
    assertThat(errors(new ReportSpendingCommand(PROVIDER, 2014, SpendingKind.SOCIAL_RETURN, Money.ofCents(-1),
        Option.some(" ")).validated(TODAY))).containsExactly("year:out_of_range", "amount:negative", "description:blank");
    assertThat(errors(new ReportSpendingCommand(PROVIDER, 2032, SpendingKind.SOCIAL_RETURN, Money.ZERO, Option.none())
        .validated(TODAY))).containsExactly("year:in_the_future");
  }

  // quality declarations

  @Test
  void a_declaration_read_from_its_raw_values_is_the_one_it_describes() {
    qt().forAll(ObligationGen.providers(), ObligationGen.years(), ObligationGen.optionalTexts())
        .checkAssert((provider, year, statement) -> {
          DeclareQualityComplianceCommand command = right(DeclareQualityComplianceCommand.read(year,
              statement.getOrNull())).apply(provider);
          assertThat(command).isEqualTo(new DeclareQualityComplianceCommand(provider, year, statement));
          assertThat(right(command.validated(TODAY))).isEqualTo(command);
        });
  }

  @Test
  void a_declaration_names_its_missing_year_then_every_rule_it_breaks() {
    assertThat(errors(DeclareQualityComplianceCommand.read(null, "Verklaring"))).containsExactly("year:required");
    assertThat(errors(new DeclareQualityComplianceCommand(null, 2014, Option.some(" ")).validated(TODAY)))
        .containsExactly("provider:required", "year:out_of_range", "statement:blank");
    assertThat(errors(new DeclareQualityComplianceCommand(PROVIDER, 2032, Option.some("x".repeat(501)))
        .validated(TODAY))).containsExactly("year:in_the_future", "statement:too_long");
  }
}
