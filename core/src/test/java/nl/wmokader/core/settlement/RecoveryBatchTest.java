package nl.wmokader.core.settlement;

import static nl.wmokader.core.settlement.ClaimGen.MEMBER;
import static nl.wmokader.core.settlement.ClaimGen.PROVIDER;
import static nl.wmokader.core.settlement.ClaimWorld.PROVIDER_STAFF;
import static nl.wmokader.core.settlement.ClaimWorld.REGION;
import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.settlement.domain.Recovery;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryCommand;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryUseCase;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;

/**
 * Recoveries registered as one batch (an investigation's outcome names several): all or nothing,
 * each field error named by its place in the batch, the same batch again changing nothing.
 */
class RecoveryBatchTest {
  private static final YearMonth JAN = YearMonth.of(2026, 1);

  private final ClaimWorld world = new ClaimWorld();
  private final RegisterRecoveryUseCase register = world.wmo.settlement().registerRecovery();

  private static RegisterRecoveryCommand recovery(long cents, String reference) {
    return new RegisterRecoveryCommand(PROVIDER, MEMBER, JAN, cents, "onterecht gedeclareerd (onderzoek)", reference);
  }

  private Seq<Recovery> stored() {
    return world.adapters.recoveries().find(Option.some(MEMBER), JAN, JAN);
  }

  @Test
  void a_batch_is_stored_whole_and_the_same_batch_again_changes_nothing() {
    Seq<Recovery> first = right(register.registerRecoveries(Actor.supervisor(),
        List.of(recovery(10_000, "INV-1"), recovery(2_500, "INV-2"))));
    assertThat(first.map(Recovery::reference)).containsExactly("INV-1", "INV-2");
    assertThat(first.map(r -> r.amount().cents())).containsExactly(10_000L, 2_500L);
    assertThat(stored()).hasSize(2);

    Seq<Recovery> again = right(register.registerRecoveries(REGION, List.of(recovery(10_000, "INV-1"),
        recovery(2_500, "INV-2"))));
    assertThat(again).isEqualTo(first);
    // one known and one new: the known one is answered as it is, the new one added
    Seq<Recovery> mixed = right(register.registerRecoveries(REGION, List.of(recovery(10_000, "INV-1"),
        recovery(700, "INV-3"))));
    assertThat(mixed.get(0)).isEqualTo(first.get(0));
    assertThat(mixed.get(1).reference()).isEqualTo("INV-3");
    assertThat(stored()).hasSize(3);
  }

  @Test
  void a_batch_with_a_reference_twice_or_a_known_reference_of_other_content_stores_nothing() {
    right(register.registerRecovery(REGION, recovery(10_000, "INV-1")));
    assertThat(left(register.registerRecoveries(REGION, List.of(recovery(1, "INV-7"), recovery(2, "INV-7"))),
        CommonError.Duplicate.class).message()).contains("INV-7");
    left(register.registerRecoveries(REGION, List.of(recovery(5, "INV-8"), recovery(9_999, "INV-1"))),
        CommonError.Duplicate.class);
    assertThat(stored().map(Recovery::reference)).containsExactly("INV-1");
  }

  @Test
  void each_field_error_is_named_by_its_place_in_the_batch() {
    RegisterRecoveryCommand bad = new RegisterRecoveryCommand(AgbCode.of("98000099"), MunicipalityCode.of("0363"),
        YearMonth.of(2025, 12), 0L, " ", "x".repeat(200));
    InvalidInput invalid = left(register.registerRecoveries(REGION, List.of(recovery(1, "OK-1"), bad, null)),
        InvalidInput.class);
    assertThat(invalid.errors().map(e -> e.field() + ":" + e.code())).containsExactlyInAnyOrder(
        "[1].provider:unknown", "[1].member:not_a_member", "[1].month:in_past", "[1].amountCents:out_of_range",
        "[1].reason:required", "[1].reference:too_long", "[2]:required");
    assertThat(left(register.registerRecoveries(REGION, List.empty()), InvalidInput.class).errors().map(e -> e.field()))
        .containsExactly("recoveries");
    left(register.registerRecoveries(REGION, null), InvalidInput.class);
    left(register.registerRecoveries(PROVIDER_STAFF, List.of(recovery(1, "OK-1"))), CommonError.Forbidden.class);
    assertThat(stored()).isEmpty();
    // checking alone stores nothing either
    assertThat(right(register.checkRecoveries(REGION, List.of(recovery(1, "OK-1"))))).hasSize(1);
    assertThat(stored()).isEmpty();
  }

  @Test
  void the_largest_amount_is_allowed_and_one_cent_more_is_not() {
    right(register.registerRecoveries(REGION, List.of(recovery(1_000_000_000_000L, "MAX"))));
    assertThat(left(register.registerRecoveries(REGION,
        List.of(recovery(1_000_000_000_000L + 1, "MAX+1"))),
        InvalidInput.class).errors().map(e -> e.field() + ":" + e.code())).containsExactly("[0].amountCents:out_of_range");
  }
}
