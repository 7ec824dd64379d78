package nl.wmokader.core.indication;

import static nl.wmokader.core.indication.AssignmentGen.GUIDANCE_A;
import static nl.wmokader.core.indication.AssignmentGen.HOUSEHOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.domain.WaitingTime;
import nl.wmokader.core.indication.domain.WaitingTimeSummary;
import nl.wmokader.core.indication.port.in.ChangeAssignmentVolumeCommand;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.ListWaitingTimesQuery;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;

class WaitingTimeServiceTest {

  static final AgbCode P1 = AgbCode.of("98000001");
  static final AgbCode P2 = AgbCode.of("98000002");
  static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  static final MunicipalityCode BOEKEL = MunicipalityCode.of("0755");
  static final DateRange YEAR = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

  final AssignmentFixture world = new AssignmentFixture(LocalDate.of(2024, 1, 10));
  int clients;

  Indication indication(MunicipalityCode municipality, ProductCode product) {
    clients++;
    return world.store(AssignmentGen.granted(new IndicationId(new java.util.UUID(3, clients)), AssignmentGen.client(100 + clients),
        municipality, Option.none(), AssignmentGen.grant(AssignmentGen.categoryOf(product), Option.some(product), DeliveryForm.IN_KIND, YEAR)));
  }

  /** Issued today, delivery started {@code waited} days later. */
  Assignment waited(MunicipalityCode municipality, AgbCode provider, ProductCode product, int waited) {
    LocalDate issuedOn = world.clock.today();
    Assignment a = Results.right(world.services.issueAssignment(Actor.region(), new IssueAssignmentCommand(
        indication(municipality, product).id(), provider, AssignmentType.SPECIFIC, Option.none(),
        Option.some(new Volume(4, Unit.HOUR, Frequency.PER_MONTH)), issuedOn, Option.some(LocalDate.of(2024, 12, 31)))));
    world.clock.set(issuedOn.plusDays(waited));
    Assignment started = Results.right(world.delivery.reportDeliveryStart(Actor.provider(provider),
        new ReportDeliveryStartCommand(a.id(), world.clock.today())));
    world.clock.set(issuedOn);
    return started;
  }

  @Test
  void waiting_times_are_counted_per_provider_and_product() {
    waited(OSS, P1, GUIDANCE_A, 3);
    waited(OSS, P1, GUIDANCE_A, 10);
    waited(BOEKEL, P1, GUIDANCE_A, 20);
    waited(OSS, P1, HOUSEHOLD, 7);
    waited(OSS, P2, GUIDANCE_A, 1);

    Seq<WaitingTimeSummary> all = Results.right(world.waitingTimes.listWaitingTimes(Actor.region(), ListWaitingTimesQuery.all()));

    assertThat(all.map(s -> s.provider().value() + "/" + s.product().get())).containsExactly(
        "98000001/01A01", "98000001/02A01", "98000002/02A01");
    WaitingTimeSummary p1Guidance = all.get(1);
    assertThat(p1Guidance.category()).isEqualTo(ProductCategory.GUIDANCE);
    assertThat(p1Guidance.count()).isEqualTo(3);
    assertThat(p1Guidance.maxDays()).isEqualTo(20);
    assertThat(p1Guidance.averageDays()).isCloseTo(11.0, within(1e-9));
  }

  @Test
  void a_summary_lists_its_deliveries_in_the_order_they_started() {
    waited(OSS, P1, GUIDANCE_A, 20);
    waited(OSS, P1, GUIDANCE_A, 5);
    waited(BOEKEL, P1, GUIDANCE_A, 12);

    WaitingTimeSummary summary = Results.right(world.waitingTimes.listWaitingTimes(Actor.region(), ListWaitingTimesQuery.all())).single();

    assertThat(summary.started().map(WaitingTime::days)).containsExactly(5L, 12L, 20L);
  }

  @Test
  void providers_see_their_own_and_municipalities_their_cases_only() {
    waited(OSS, P1, GUIDANCE_A, 3);
    waited(BOEKEL, P1, GUIDANCE_A, 20);
    waited(OSS, P2, GUIDANCE_A, 1);

    Seq<WaitingTimeSummary> p2 = Results.right(world.waitingTimes.listWaitingTimes(Actor.provider(P2), ListWaitingTimesQuery.all()));
    assertThat(p2.map(WaitingTimeSummary::provider)).containsExactly(P2);
    Seq<WaitingTimeSummary> asksOther = Results.right(world.waitingTimes.listWaitingTimes(Actor.provider(P2),
        new ListWaitingTimesQuery(Option.some(P1), Option.none(), Option.none())));
    assertThat(asksOther).isEmpty();

    Seq<WaitingTimeSummary> boekel = Results.right(world.waitingTimes.listWaitingTimes(Actor.municipality(BOEKEL), ListWaitingTimesQuery.all()));
    assertThat(boekel).hasSize(1);
    assertThat(boekel.head().maxDays()).isEqualTo(20);
    Results.left(world.waitingTimes.listWaitingTimes(Actor.supervisor(), ListWaitingTimesQuery.all()), CommonError.Forbidden.class);
  }

  @Test
  void replacements_and_unstarted_assignments_do_not_count() {
    Assignment a = waited(OSS, P1, GUIDANCE_A, 5);
    world.clock.set(LocalDate.of(2024, 3, 1));
    var change = Results.right(world.services.changeAssignmentVolume(Actor.region(),
        new ChangeAssignmentVolumeCommand(a.id(), LocalDate.of(2024, 3, 1), new Volume(6, Unit.HOUR, Frequency.PER_MONTH), false)));
    Results.right(world.delivery.reportDeliveryStart(Actor.provider(P1), new ReportDeliveryStartCommand(change.issued().id(), LocalDate.of(2024, 3, 1))));
    Results.right(world.services.issueAssignment(Actor.region(), new IssueAssignmentCommand(
        indication(OSS, GUIDANCE_A).id(), P1, AssignmentType.SPECIFIC, Option.none(),
        Option.some(new Volume(4, Unit.HOUR, Frequency.PER_MONTH)), LocalDate.of(2024, 3, 1), Option.some(LocalDate.of(2024, 12, 31)))));

    Seq<WaitingTimeSummary> all = Results.right(world.waitingTimes.listWaitingTimes(Actor.region(), ListWaitingTimesQuery.all()));
    assertThat(all).hasSize(1);
    assertThat(all.head().started().map(w -> w.assignment())).containsExactly(a.id());
    assertThat(all.head().totalDays()).isEqualTo(5);
  }

  @Test
  void a_period_narrows_to_deliveries_started_within_it() {
    waited(OSS, P1, GUIDANCE_A, 3);
    waited(OSS, P1, GUIDANCE_A, 30);
    var february = new ListWaitingTimesQuery(Option.none(), Option.some(GUIDANCE_A),
        Option.some(DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))));
    Seq<WaitingTimeSummary> within = Results.right(world.waitingTimes.listWaitingTimes(Actor.region(), february));
    assertThat(within.head().started().map(w -> w.days())).containsExactly(30L);
  }
}
