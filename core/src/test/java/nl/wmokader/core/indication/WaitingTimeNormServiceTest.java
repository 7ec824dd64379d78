package nl.wmokader.core.indication;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.WaitingTimeNorm;
import nl.wmokader.core.indication.domain.AssignmentOverNorm;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.port.in.ListAssignmentsOverNormQuery;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;

class WaitingTimeNormServiceTest {
  static final AgbCode P1 = AgbCode.of("98000001");

  @Test
  void an_item_tells_the_wait_the_norm_and_the_contract_without_the_client() {
    var spec = new WaitingTimeNormPropertiesTest.World(io.vavr.collection.List.empty(), io.vavr.collection.List.of(
        new WaitingTimeNormPropertiesTest.Spec(P1, AssignmentStatus.ASSIGNED, 540, 0, 0, false),     // 2025-06-24: 7 days so far
        new WaitingTimeNormPropertiesTest.Spec(P1, AssignmentStatus.DELIVERING, 400, 12, 0, false),  // started after 12 days
        new WaitingTimeNormPropertiesTest.Spec(P1, AssignmentStatus.DELIVERING, 410, 5, 0, false)),  // within the norm
        io.vavr.collection.List.of(P1));
    var world = new WaitingTimeNormPropertiesTest.Stored(spec);
    ContractId contract = new ContractId(new java.util.UUID(1, 1));
    world.adapters.contracts().save(Contract.builder().id(contract).provider(P1)
        .period(WaitingTimeNormPropertiesTest.FROM_2025).waitingTimeNorm(Option.some(new WaitingTimeNorm(6))).build()).get();

    Page<AssignmentOverNorm> page = Results.right(world.wmo.indication().listAssignmentsOverNorm().listAssignmentsOverNorm(
        Actor.municipality(world.assignments.head().responsibleMunicipality()), ListAssignmentsOverNormQuery.all(PageRequest.first())));
    Page<AssignmentOverNorm> all = Results.right(world.wmo.indication().listAssignmentsOverNorm().listAssignmentsOverNorm(
        Actor.region(), ListAssignmentsOverNormQuery.all(PageRequest.first())));

    assertThat(all.items().map(AssignmentOverNorm::daysWaited)).containsExactly(12L, 7L);
    AssignmentOverNorm waiting = all.items().get(1);
    assertThat(waiting).isEqualTo(new AssignmentOverNorm(world.assignments.head().id(), P1, contract,
        world.assignments.head().category(), Option.none(), LocalDate.of(2025, 6, 24), Option.none(), 7, 6, true));
    assertThat(page.items().map(AssignmentOverNorm::assignment)).containsExactly(world.assignments.head().id());
  }

  @Test
  void a_query_without_page_or_provider_option_is_invalid_input() {
    var world = new WaitingTimeNormPropertiesTest.Stored(new WaitingTimeNormPropertiesTest.World(
        io.vavr.collection.List.empty(), io.vavr.collection.List.empty(), io.vavr.collection.List.empty()));
    Results.left(world.wmo.indication().listAssignmentsOverNorm().listAssignmentsOverNorm(Actor.region(), null), InvalidInput.class);
    Results.left(world.wmo.indication().listAssignmentsOverNorm().listAssignmentsOverNorm(Actor.region(),
        new ListAssignmentsOverNormQuery(null, PageRequest.first())), InvalidInput.class);
    Results.left(world.wmo.indication().listAssignmentsOverNorm().listAssignmentsOverNorm(Actor.region(),
        new ListAssignmentsOverNormQuery(Option.none(), null)), InvalidInput.class);
  }
}
