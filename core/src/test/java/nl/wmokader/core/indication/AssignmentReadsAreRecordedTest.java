package nl.wmokader.core.indication;

import static nl.wmokader.core.indication.AssignmentServicesTest.BERNHEZE;
import static nl.wmokader.core.indication.AssignmentServicesTest.CLIENT;
import static nl.wmokader.core.indication.AssignmentServicesTest.P1;
import static nl.wmokader.core.indication.AssignmentServicesTest.P2;
import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditOutcome;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.domain.AuditSearch;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.port.in.ListAssignmentsQuery;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * Every read of an assignment, one or a page, is on record naming its client, and so is every
 * refusal (NEN 7513); the bulk reads the adapters use are the region's alone and checked.
 */
class AssignmentReadsAreRecordedTest {
  private final AssignmentServicesTest scene = new AssignmentServicesTest();
  private final Assignment issued = scene.issued(scene.specific(scene.guidance, P1, LocalDate.of(2024, 3, 4),
      LocalDate.of(2024, 6, 30)));

  private Seq<AuditRecord> recorded() {
    return scene.world.trail.search(AuditSearch.of(DateRange.of(LocalDate.of(2024, 1, 1), Option.none())),
        new PageRequest(0, PageRequest.MAX_SIZE)).items().map(AuditEntry::record);
  }

  private Seq<AuditRecord> reads() {
    return recorded().filter(r -> r.action() == AuditAction.READ);
  }

  @Test
  void reading_one_assignment_is_recorded_with_its_client_and_a_refused_read_too() {
    right(scene.world.services.getAssignment(Actor.provider(P1), issued.id()));
    AuditRecord read = reads().last();
    assertThat(read.outcome()).isEqualTo(AuditOutcome.ALLOWED);
    assertThat(read.resource()).isEqualTo("assignment");
    assertThat(read.resourceId()).isEqualTo(issued.id().value().toString());
    assertThat(read.clients()).containsExactly(CLIENT);
    assertThat(read.actor()).isEqualTo(Actor.provider(P1));

    left(scene.world.services.getAssignment(Actor.provider(P2), issued.id()), CommonError.NotFound.class);
    AuditRecord refused = reads().last();
    assertThat(refused.outcome()).isEqualTo(AuditOutcome.REFUSED);
    assertThat(refused.actor()).isEqualTo(Actor.provider(P2));

    left(scene.world.services.getAssignment(Actor.supervisor(), issued.id()), CommonError.Forbidden.class);
    assertThat(reads().last().outcome()).isEqualTo(AuditOutcome.REFUSED);
    assertThat(reads().last().actor()).isEqualTo(Actor.supervisor());
  }

  @Test
  void a_page_of_assignments_is_recorded_naming_every_client_on_it_and_a_refused_list_too() {
    int before = reads().size();
    var page = right(scene.world.services.listAssignments(Actor.municipality(BERNHEZE), ListAssignmentsQuery.firstPage()));
    assertThat(page.items()).containsExactly(issued);
    assertThat(reads().size()).isEqualTo(before + 1);
    assertThat(reads().last().clients()).containsExactly(CLIENT);
    assertThat(reads().last().outcome()).isEqualTo(AuditOutcome.ALLOWED);

    left(scene.world.services.listAssignments(Actor.supervisor(), ListAssignmentsQuery.firstPage()),
        CommonError.Forbidden.class);
    assertThat(reads().last().outcome()).isEqualTo(AuditOutcome.REFUSED);
    left(scene.world.services.listAssignments(Actor.region(), null), InvalidInput.class);
  }

  @Test
  void bulk_reads_are_the_regions_and_find_what_is_asked() {
    assertThat(right(scene.world.services.findAssignments(Actor.region(), List.of(issued.id())))).containsExactly(issued);
    assertThat(right(scene.world.services.findAssignments(Actor.region(), List.empty()))).isEmpty();
    left(scene.world.services.findAssignments(Actor.provider(P1), List.of(issued.id())), CommonError.Forbidden.class);
    assertThat(left(scene.world.services.findAssignments(Actor.region(), null), InvalidInput.class).errors()
        .map(e -> e.field())).containsExactly("ids");

    AssignmentNumber number = issued.number().get();
    assertThat(right(scene.world.services.findAssignmentsByNumber(Actor.region(), BERNHEZE, List.of(number))))
        .containsExactly(issued);
    assertThat(right(scene.world.services.findAssignmentsByNumber(Actor.region(), MunicipalityCode.of("0828"),
        List.of(number)))).as("numbers are per municipality").isEmpty();
    assertThat(right(scene.world.services.findAssignmentsByNumber(Actor.region(), BERNHEZE, List.empty()))).isEmpty();
    left(scene.world.services.findAssignmentsByNumber(Actor.municipality(BERNHEZE), BERNHEZE, List.of(number)),
        CommonError.Forbidden.class);
    assertThat(left(scene.world.services.findAssignmentsByNumber(Actor.region(), null, List.of(number)),
        InvalidInput.class).errors().map(e -> e.field())).containsExactly("municipality");
    assertThat(left(scene.world.services.findAssignmentsByNumber(Actor.region(), BERNHEZE, null),
        InvalidInput.class).errors().map(e -> e.field())).containsExactly("numbers");
  }
}
