package nl.wmokader.core.supervision;

import static nl.wmokader.core.supervision.SupervisionWorld.MEMBER_STAFF;
import static nl.wmokader.core.supervision.SupervisionWorld.OTHER_PROVIDER_STAFF;
import static nl.wmokader.core.supervision.SupervisionWorld.PROVIDER_STAFF;
import static nl.wmokader.core.supervision.SupervisionWorld.REGION;
import static nl.wmokader.core.supervision.SupervisionWorld.SUPERVISOR;
import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.leftOfKind;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.settlement.ClaimGen;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.CalamityError;
import nl.wmokader.core.supervision.domain.CalamityStatus;
import nl.wmokader.core.supervision.domain.IncidentKind;
import nl.wmokader.core.supervision.port.in.GgdStep;
import nl.wmokader.core.supervision.port.in.ListCalamitiesQuery;
import nl.wmokader.core.supervision.port.in.RecordGgdStepCommand;
import nl.wmokader.core.supervision.port.in.ReportCalamityCommand;
import org.junit.jupiter.api.Test;

class CalamityServicesTest {

  private final SupervisionWorld world = new SupervisionWorld();

  private Calamity reported() {
    return right(world.wmo.supervision().reportCalamity().reportCalamity(PROVIDER_STAFF, new ReportCalamityCommand(ClaimGen.PROVIDER,
        IncidentKind.CALAMITY, world.today().minusDays(1), null, "Val met ernstig letsel")));
  }

  @Test
  void the_provider_reports_its_own_calamity_today_and_not_another_providers() {
    Calamity c = reported();
    assertThat(c.reportedOn()).isEqualTo(world.today());
    assertThat(c.status()).isEqualTo(CalamityStatus.REPORTED);
    leftOfKind(world.wmo.supervision().reportCalamity().reportCalamity(OTHER_PROVIDER_STAFF, new ReportCalamityCommand(
        ClaimGen.PROVIDER, IncidentKind.CALAMITY, world.today(), null, "x")), ErrorKind.NOT_FOUND);
    leftOfKind(world.wmo.supervision().reportCalamity().reportCalamity(MEMBER_STAFF, new ReportCalamityCommand(
        ClaimGen.PROVIDER, IncidentKind.CALAMITY, world.today(), null, "x")), ErrorKind.FORBIDDEN);
  }

  @Test
  void the_region_records_a_report_with_its_day_and_every_field_error_comes_at_once() {
    var errors = left(world.wmo.supervision().reportCalamity().reportCalamity(REGION, new ReportCalamityCommand(ClaimGen.PROVIDER,
        null, world.today().plusDays(1), null, "")), InvalidInput.class).errors().map(FieldError::field);
    assertThat(errors).containsExactlyInAnyOrder("kind", "occurredOn", "reportedOn", "summary");
    var order = left(world.wmo.supervision().reportCalamity().reportCalamity(REGION, new ReportCalamityCommand(ClaimGen.PROVIDER,
        IncidentKind.VIOLENCE_INCIDENT, world.today(), world.today().minusDays(1), "x")), InvalidInput.class);
    assertThat(order.errors().map(FieldError::code)).containsExactly("before_occurrence");
    assertThat(world.adapters.calamities().find(Option.none())).isEmpty();

    Calamity c = right(world.wmo.supervision().reportCalamity().reportCalamity(SUPERVISOR, new ReportCalamityCommand(
        ClaimGen.PROVIDER, IncidentKind.VIOLENCE_INCIDENT, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 20), "Geweld")));
    assertThat(c.reportedOn()).isEqualTo(LocalDate.of(2026, 2, 20));
  }

  @Test
  void the_ggd_starts_concludes_and_the_region_follows_up_in_order() {
    Calamity c = reported();
    left(world.wmo.supervision().recordGgdStep().recordGgdStep(REGION, new RecordGgdStepCommand(c.id(), GgdStep.CONCLUDE, "te vroeg")),
        CalamityError.NotInStep.class);
    assertThat(left(world.wmo.supervision().recordGgdStep().recordGgdStep(REGION, new RecordGgdStepCommand(c.id(), GgdStep.START,
        "geen tekst")), InvalidInput.class).errors().map(FieldError::field)).containsExactly("text");
    right(world.wmo.supervision().recordGgdStep().recordGgdStep(SUPERVISOR, new RecordGgdStepCommand(c.id(), GgdStep.START, null)));
    world.clock.set(world.today().plusDays(20));
    right(world.wmo.supervision().recordGgdStep().recordGgdStep(SUPERVISOR, new RecordGgdStepCommand(c.id(), GgdStep.CONCLUDE,
        "Onvoldoende toezicht op de groep")));
    Calamity done = right(world.wmo.supervision().recordGgdStep().recordGgdStep(REGION, new RecordGgdStepCommand(c.id(),
        GgdStep.FOLLOW_UP, "Verbeterplan gevraagd")));
    assertThat(done.status()).isEqualTo(CalamityStatus.FOLLOWED_UP);
    assertThat(done.stepOn()).isEqualTo(world.today());
    leftOfKind(world.wmo.supervision().recordGgdStep().recordGgdStep(PROVIDER_STAFF, new RecordGgdStepCommand(c.id(), GgdStep.START,
        null)), ErrorKind.FORBIDDEN);
  }

  @Test
  void a_provider_lists_only_its_own_calamities() {
    reported();
    assertThat(right(world.wmo.supervision().listCalamities().listCalamities(PROVIDER_STAFF,
        new ListCalamitiesQuery(Option.none(), PageRequest.first()))).items()).hasSize(1);
    assertThat(right(world.wmo.supervision().listCalamities().listCalamities(OTHER_PROVIDER_STAFF,
        new ListCalamitiesQuery(Option.some(ClaimGen.PROVIDER), PageRequest.first()))).items()).isEmpty();
    assertThat(right(world.wmo.supervision().listCalamities().listCalamities(REGION,
        new ListCalamitiesQuery(Option.none(), PageRequest.first()))).items()).hasSize(1);
  }
}
