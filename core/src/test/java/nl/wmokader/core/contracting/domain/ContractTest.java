package nl.wmokader.core.contracting.domain;

import static nl.wmokader.core.contracting.domain.ProcurementPeriods.PERIOD_2024_2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;

class ContractTest {

  private static final ContractId ID = new ContractId(new UUID(0, 1));
  private static final AgbCode PROVIDER = AgbCode.of("98000001");
  private static final ProductCode GUIDANCE = ProductCode.of("02A01");
  private static final LocalDate TODAY = LocalDate.of(2023, 12, 1);

  private static Contract open(Lot... lots) {
    return Results.right(Contract.open(ID, PROVIDER, PERIOD_2024_2025, List.of(lots)));
  }

  @Test
  void opening_answers_the_first_lot_the_rules_refuse() {
    ContractingError.LotOutsideContractPeriod outside = Results.left(Contract.open(ID, PROVIDER, PERIOD_2024_2025, List.of(
        Lot.of(GUIDANCE, DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30))),
        Lot.of(GUIDANCE, DateRange.from(LocalDate.of(2025, 1, 1))),
        Lot.of(GUIDANCE, DateRange.of(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 31))))),
        ContractingError.LotOutsideContractPeriod.class);
    assertThat(outside.lot()).isEqualTo(DateRange.from(LocalDate.of(2025, 1, 1)));
  }

  @Test
  void a_contract_terminated_from_its_first_day_is_never_in_force() {
    Contract terminated = open(Lot.of(GUIDANCE, PERIOD_2024_2025)).terminate(PERIOD_2024_2025.start(), TODAY).get();
    assertThat(terminated.inForce()).isEqualTo(Option.none());
    assertThat(terminated.lots()).isEmpty();
    assertThat(terminated.inForceOn(PERIOD_2024_2025.start())).isFalse();
  }

  @Test
  void a_client_stop_hides_the_lot_for_new_assignments_but_not_the_lot_itself() {
    Contract stopped = open(Lot.of(GUIDANCE, PERIOD_2024_2025, Money.euros(60, 0)))
        .imposeClientStop(new ClientStop(DateRange.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)),
            ClientStopReason.FRAUD_SIGNALS), TODAY).get();
    LocalDate inStop = LocalDate.of(2024, 5, 15);
    assertThat(stopped.lotOn(GUIDANCE, inStop)).isNotEmpty();
    assertThat(stopped.lotForNewAssignmentOn(GUIDANCE, inStop)).isEmpty();
    assertThat(stopped.lotForNewAssignmentOn(GUIDANCE, LocalDate.of(2024, 6, 1))).isNotEmpty();
  }

  @Test
  void the_builder_refuses_a_contract_that_breaks_an_invariant() {
    assertThatThrownBy(() -> Contract.builder().id(ID).provider(PROVIDER).period(PERIOD_2024_2025)
        .lots(List.of(Lot.of(GUIDANCE, PERIOD_2024_2025), Lot.of(GUIDANCE, PERIOD_2024_2025))).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Contract.builder().id(ID).provider(PROVIDER).period(PERIOD_2024_2025)
        .status(ContractStatus.TERMINATED).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Lot.of(GUIDANCE, PERIOD_2024_2025, Money.ofCents(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
