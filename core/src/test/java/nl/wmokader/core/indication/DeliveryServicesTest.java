package nl.wmokader.core.indication;

import static nl.wmokader.core.indication.AssignmentGen.GUIDANCE_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentError;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentStop;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.ChangeAssignmentVolumeCommand;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartCommand;
import nl.wmokader.core.indication.port.in.ReportDeliveryStopCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;

class DeliveryServicesTest {

  static final LocalDate TODAY = LocalDate.of(2024, 3, 10);
  static final AgbCode P1 = AgbCode.of("98000001");
  static final AgbCode P2 = AgbCode.of("98000002");
  static final Actor PROVIDER = Actor.provider(P1);

  final AssignmentFixture world = new AssignmentFixture(TODAY);
  final Indication guidance = world.store(AssignmentGen.granted(new IndicationId(new java.util.UUID(2, 1)),
      AssignmentGen.client(2), MunicipalityCode.of("0828"), Option.none(),
      AssignmentGen.grant(ProductCategory.GUIDANCE, Option.some(GUIDANCE_A), DeliveryForm.IN_KIND,
          DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))));
  final Assignment assignment = Results.right(world.services.issueAssignment(Actor.region(),
      new IssueAssignmentCommand(guidance.id(), P1, AssignmentType.SPECIFIC, Option.none(),
          Option.some(new Volume(8, Unit.HOUR, Frequency.PER_MONTH)), LocalDate.of(2024, 3, 4), Option.some(LocalDate.of(2024, 6, 30)))));

  Assignment started(LocalDate on) {
    return Results.right(world.delivery.reportDeliveryStart(PROVIDER, new ReportDeliveryStartCommand(assignment.id(), on)));
  }

  @Test
  void the_provider_reports_the_start_once() {
    Assignment a = started(LocalDate.of(2024, 3, 5));
    assertThat(a.status()).isEqualTo(AssignmentStatus.DELIVERING);
    assertThat(a.deliveryStart()).isEqualTo(Option.some(LocalDate.of(2024, 3, 5)));
    assertThat(a.waitingDays()).isEqualTo(Option.some(0L));

    var again = Results.left(world.delivery.reportDeliveryStart(PROVIDER, new ReportDeliveryStartCommand(assignment.id(), TODAY)),
        AssignmentError.AlreadyStarted.class);
    assertThat(again.startedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
  }

  @Test
  void a_start_before_the_assignment_or_in_the_future_is_refused() {
    Results.left(world.delivery.reportDeliveryStart(PROVIDER, new ReportDeliveryStartCommand(assignment.id(), LocalDate.of(2024, 3, 3))),
        AssignmentError.DateOutOfRange.class);
    InvalidInput future = Results.left(world.delivery.reportDeliveryStart(PROVIDER,
        new ReportDeliveryStartCommand(assignment.id(), TODAY.plusDays(1))), InvalidInput.class);
    assertThat(future.errors().map(FieldError::code)).containsExactly("in_future");
    started(TODAY);
  }

  @Test
  void only_the_assignments_own_provider_reports_on_it() {
    var command = new ReportDeliveryStartCommand(assignment.id(), TODAY);
    Results.left(world.delivery.reportDeliveryStart(Actor.provider(P2), command), CommonError.NotFound.class);
    Results.left(world.delivery.reportDeliveryStart(Actor.region(), command), CommonError.Forbidden.class);
    Results.left(world.delivery.reportDeliveryStart(Actor.municipality(MunicipalityCode.of("0828")), command), CommonError.Forbidden.class);
    Results.left(world.delivery.reportDeliveryStop(Actor.provider(P2),
        new ReportDeliveryStopCommand(assignment.id(), TODAY, StopReason.DECEASED)), CommonError.NotFound.class);
  }

  @Test
  void a_stop_needs_a_start_and_lies_between_it_and_the_end_of_the_validity() {
    var stop = new ReportDeliveryStopCommand(assignment.id(), TODAY, StopReason.ENDED_BY_CLIENT);
    Results.left(world.delivery.reportDeliveryStop(PROVIDER, stop), AssignmentError.NotStarted.class);
    started(LocalDate.of(2024, 3, 6));

    Results.left(world.delivery.reportDeliveryStop(PROVIDER,
        new ReportDeliveryStopCommand(assignment.id(), LocalDate.of(2024, 3, 5), StopReason.ENDED_BY_CLIENT)),
        AssignmentError.DateOutOfRange.class);
    Results.left(world.delivery.reportDeliveryStop(PROVIDER,
        new ReportDeliveryStopCommand(assignment.id(), LocalDate.of(2024, 7, 1), StopReason.ENDED_BY_CLIENT)),
        AssignmentError.DateOutOfRange.class);

    Assignment stopped = Results.right(world.delivery.reportDeliveryStop(PROVIDER, stop));
    assertThat(stopped.status()).isEqualTo(AssignmentStatus.STOPPED);
    assertThat(stopped.stop()).isEqualTo(Option.some(new AssignmentStop(TODAY, StopReason.ENDED_BY_CLIENT)));
    assertThat(stopped.effectivePeriod()).isEqualTo(DateRange.of(LocalDate.of(2024, 3, 4), TODAY));
    Results.left(world.delivery.reportDeliveryStop(PROVIDER, stop), AssignmentError.NotActive.class);
  }

  @Test
  void a_stopped_assignment_no_longer_blocks_the_same_product_after_its_stop() {
    started(LocalDate.of(2024, 3, 6));
    Results.right(world.delivery.reportDeliveryStop(PROVIDER,
        new ReportDeliveryStopCommand(assignment.id(), LocalDate.of(2024, 3, 31), StopReason.TEMPORARILY_ENDED)));
    Results.right(world.services.issueAssignment(Actor.region(),
        new IssueAssignmentCommand(guidance.id(), P1, AssignmentType.SPECIFIC, Option.none(),
            Option.some(new Volume(8, Unit.HOUR, Frequency.PER_MONTH)), LocalDate.of(2024, 4, 1), Option.some(LocalDate.of(2024, 6, 30)))));
  }

  @Test
  void a_late_start_on_an_ended_assignment_is_recorded_within_its_days() {
    Results.right(world.services.changeAssignmentVolume(Actor.region(),
        new ChangeAssignmentVolumeCommand(assignment.id(), LocalDate.of(2024, 3, 8), new Volume(9, Unit.HOUR, Frequency.PER_MONTH), false)));
    Results.left(world.delivery.reportDeliveryStart(PROVIDER, new ReportDeliveryStartCommand(assignment.id(), LocalDate.of(2024, 3, 8))),
        AssignmentError.DateOutOfRange.class);
    Assignment late = Results.right(world.delivery.reportDeliveryStart(PROVIDER,
        new ReportDeliveryStartCommand(assignment.id(), LocalDate.of(2024, 3, 7))));
    assertThat(late.status()).isEqualTo(AssignmentStatus.ENDED);
    assertThat(late.deliveryStart()).isEqualTo(Option.some(LocalDate.of(2024, 3, 7)));
  }

  @Test
  void missing_fields_are_reported_together() {
    InvalidInput error = Results.left(world.delivery.reportDeliveryStop(PROVIDER, new ReportDeliveryStopCommand(null, null, null)),
        InvalidInput.class);
    assertThat(error.errors().map(FieldError::field)).containsExactly("assignment", "date", "reason");
  }
}
