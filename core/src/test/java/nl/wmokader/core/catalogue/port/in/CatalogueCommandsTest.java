package nl.wmokader.core.catalogue.port.in;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;

/** The catalogue's commands from raw values: presence and formats at once, then their own second round. */
class CatalogueCommandsTest {
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final ProductCode GUIDANCE = ProductCode.of("02A01");

  private static Seq<String> errors(Either<DomainError, ?> result) {
    return left(result, InvalidInput.class).errors().map(e -> e.field() + ":" + e.code());
  }

  @Test
  void a_product_read_from_raw_values() {
    DefineProductCommand command = right(DefineProductCommand.read("02A01", ProductCategory.GUIDANCE, "Begeleiding",
        Unit.HOUR, ExecutionVariant.EFFORT_BASED, Frequency.PER_WEEK, FROM, null, "0828"));
    assertThat(command).isEqualTo(new DefineProductCommand(GUIDANCE, ProductCategory.GUIDANCE, "Begeleiding", Unit.HOUR,
        ExecutionVariant.EFFORT_BASED, Option.some(Frequency.PER_WEEK), FROM, Option.none(), Option.some(MunicipalityCode.of("0828"))));
    assertThat(right(command.validated())).isEqualTo(command);
  }

  @Test
  void every_missing_or_malformed_field_at_once_then_the_second_round() {
    assertThat(errors(DefineProductCommand.read("02a01", null, " ", null, null, null, FROM, FROM.minusDays(1), "x")))
        .containsExactly("code:product_code_format", "category:required", "name:required", "unit:required",
            "variant:required", "until:before_start", "localTo:municipality_code_format");
    DefineProductCommand longName = right(DefineProductCommand.read("02A01", ProductCategory.GUIDANCE,
        "x".repeat(DefineProductCommand.MAX_NAME_LENGTH + 1), Unit.HOUR, ExecutionVariant.EFFORT_BASED, null, FROM, null, null));
    assertThat(errors(longName.validated())).containsExactly("name:too_long");
    assertThat(errors(ReviseProductCommand.read(null, null, null, null, null, null, null)))
        .containsExactly("name:required", "unit:required", "variant:required", "from:required");
  }

  @Test
  void a_reference_tariff_for_the_product_named_elsewhere() {
    SetReferenceTariffCommand command = right(SetReferenceTariffCommand.read(6_500L, FROM, null)).apply(GUIDANCE);
    assertThat(command).isEqualTo(new SetReferenceTariffCommand(GUIDANCE, Money.ofCents(6_500), FROM, Option.none()));
    assertThat(errors(SetReferenceTariffCommand.read(-1L, null, null))).containsExactly("tariffCents:negative", "from:required");
    assertThat(errors(new SetReferenceTariffCommand(null, Money.ofCents(-1), FROM, null).validated()))
        .containsExactly("code:required", "perUnit:negative");
  }
}
