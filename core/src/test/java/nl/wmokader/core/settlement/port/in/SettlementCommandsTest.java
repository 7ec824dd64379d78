package nl.wmokader.core.settlement.port.in;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;

/** The settlement's commands besides the claim, from raw values. */
class SettlementCommandsTest {
  private static final MunicipalityCode OSS = MunicipalityCode.of("0828");

  private static Seq<String> errors(Either<DomainError, ?> result) {
    return left(result, InvalidInput.class).errors().map(e -> e.field() + ":" + e.code());
  }

  @Test
  void a_recovery_read_from_raw_values() {
    assertThat(right(RegisterRecoveryCommand.read("98000001", "0828", "2026-03", 100L, "te veel", "INV-1")))
        .isEqualTo(new RegisterRecoveryCommand(AgbCode.of("98000001"), OSS, YearMonth.of(2026, 3), 100L, "te veel", "INV-1"));
    assertThat(errors(RegisterRecoveryCommand.read("1", null, "2026-3", null, " ", null))).containsExactly(
        "provider:agb_code_format", "municipality:required", "month:month_format", "amountCents:required",
        "reason:required", "reference:required");
  }

  @Test
  void a_budget_for_the_member_and_year_named_elsewhere() {
    assertThat(right(SetBudgetCommand.read(5L, 0L)).apply(OSS, 2026)).isEqualTo(new SetBudgetCommand(OSS, 2026, 5L, 0L));
    assertThat(errors(SetBudgetCommand.read(null, null))).containsExactly("amountCents:required", "version:required");
  }

  @Test
  void households_keep_what_is_absent_for_the_use_case_and_name_what_is_malformed() {
    UUID id = UUID.fromString("0f8fa6e2-3c1b-4a57-9d2e-6b1c2f3a4d5e");
    var provision = new HouseholdInput.ProvisionInput(ProductCategory.GUIDANCE, LocalDate.of(2026, 1, 1), null);
    CalculateContributionCommand command = right(CalculateContributionCommand.read(List.of(
        new CalculateContributionCommand.RawHousehold(id.toString(), LocalDate.of(1950, 1, 1), null,
            java.util.List.of(provision))), "2026-01", null));
    assertThat(command).isEqualTo(new CalculateContributionCommand(List.of(new HouseholdInput(id,
        LocalDate.of(1950, 1, 1), null, List.of(provision))), YearMonth.of(2026, 1), null));
    assertThat(errors(CalculateContributionCommand.read(List.of(
        new CalculateContributionCommand.RawHousehold("x", null, null, null)), "2026-13", "26-01")))
        .containsExactly("from:month_format", "until:month_format", "households[0].id:uuid_format");
  }

  @Test
  void an_allocation_key_carries_only_its_own_fields_in_their_formats() {
    var shares = new AllocateCostsCommand.RawKey("fixedShares", null, null, null, null,
        java.util.List.of(new AllocateCostsCommand.RawShare("0828", 1L)), 1L, null, null, null, null);
    assertThat(right(AllocateCostsCommand.read("TEAMS", 100L, shares)).key()).isEqualTo(new AllocationKeyInput.FixedShares(
        List.of(new AllocationKeyInput.Share(OSS, 1L)), 1L));
    var wrong = new AllocateCostsCommand.RawKey("blend", LocalDate.of(2026, 1, 1), null, null, null, null, null,
        new AllocateCostsCommand.RawKey("actualUse", null, "2026-1", null, null, null, null, null, null, null, null),
        new AllocateCostsCommand.RawKey(null, null, null, null, null, null, null, null, null, null, null), 1, 2);
    assertThat(errors(AllocateCostsCommand.read("TEAMS", 100L, wrong))).containsExactly("key.referenceDate:not_allowed",
        "key.from.fromMonth:month_format", "key.to.type:required");
    assertThat(errors(AllocateCostsCommand.read("TEAMS", 100L, new AllocateCostsCommand.RawKey("other", null, null,
        null, null, null, null, null, null, null, null)))).containsExactly("key.type:unknown_type");
  }
}
