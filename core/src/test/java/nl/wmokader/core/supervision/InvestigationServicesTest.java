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

import io.vavr.collection.List;
import io.vavr.control.Option;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.settlement.ClaimGen;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationError;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.InvestigationTrigger;
import nl.wmokader.core.supervision.domain.MemberInformed;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.domain.Verdict;
import nl.wmokader.core.supervision.port.in.AddOutcomeCommand;
import nl.wmokader.core.supervision.port.in.AdvanceInvestigationCommand;
import nl.wmokader.core.supervision.port.in.FollowUpImprovementPointCommand;
import nl.wmokader.core.supervision.port.in.InformMembersCommand;
import nl.wmokader.core.supervision.port.in.ListInvestigationsQuery;
import nl.wmokader.core.supervision.port.in.OpenInvestigationCommand;
import nl.wmokader.core.supervision.port.in.OverdueImprovementPoint;
import nl.wmokader.core.supervision.port.in.RecordFindingCommand;
import org.junit.jupiter.api.Test;

class InvestigationServicesTest {

  private final SupervisionWorld world = new SupervisionWorld();

  private Investigation proactive() {
    return right(world.wmo.supervision().openInvestigation().openInvestigation(REGION, new OpenInvestigationCommand(ClaimGen.PROVIDER,
        null, InvestigationScope.BOTH, ProviderDeliveryForm.IN_KIND)));
  }

  @Test
  void the_whole_lifecycle_through_the_use_cases() {
    Investigation i = proactive();
    assertThat(i.trigger()).isEqualTo(new InvestigationTrigger.Proactive());
    i = world.upTo(i, InvestigationStatus.INVESTIGATING);
    i = right(world.wmo.supervision().recordFinding().recordFinding(SUPERVISOR, new RecordFindingCommand(i.id(), "K1", "Veiligheid",
        Verdict.PARTLY_MEETS, "Risico-inventarisatie ontbreekt")));
    i = world.upTo(i, InvestigationStatus.PROVIDER_RESPONSE);
    assertThat(i.responseDue()).contains(world.today().plusDays(14));
    i = world.upTo(i, InvestigationStatus.FINAL_REPORT);
    i = right(world.wmo.supervision().addOutcome().addOutcome(SUPERVISOR, new AddOutcomeCommand(i.id(),
        Outcome.ImprovementPoint.open("RI&E opstellen", world.today().plusDays(30)))));
    i = world.upTo(i, InvestigationStatus.FOLLOW_UP);

    left(world.wmo.supervision().advanceInvestigation().advanceInvestigation(REGION, new AdvanceInvestigationCommand(i.id(),
        InvestigationStatus.CLOSED, null)), InvestigationError.OpenImprovementPoints.class);
    world.clock.set(world.today().plusDays(40));
    assertThat(right(world.wmo.supervision().listOverdueImprovementPoints().listOverdueImprovementPoints(REGION)))
        .extracting(OverdueImprovementPoint::index).containsExactly(0);
    right(world.wmo.supervision().followUpImprovementPoint().followUpImprovementPoint(REGION,
        new FollowUpImprovementPointCommand(i.id(), 0)));
    assertThat(right(world.wmo.supervision().listOverdueImprovementPoints().listOverdueImprovementPoints(SUPERVISOR))).isEmpty();
    Investigation closed = world.advance(right(world.wmo.supervision().getInvestigation().getInvestigation(REGION, i.id())),
        InvestigationStatus.CLOSED);
    assertThat(closed.status()).isEqualTo(InvestigationStatus.CLOSED);
    assertThat(closed.findings()).hasSize(1);
  }

  @Test
  void a_step_cannot_be_skipped_and_the_response_deadline_is_required_only_there() {
    Investigation i = proactive();
    left(world.wmo.supervision().advanceInvestigation().advanceInvestigation(REGION, new AdvanceInvestigationCommand(i.id(),
        InvestigationStatus.DRAFT_REPORT, null)), InvestigationError.NotInStep.class);
    i = world.upTo(i, InvestigationStatus.DRAFT_REPORT);
    assertThat(left(world.wmo.supervision().advanceInvestigation().advanceInvestigation(REGION, new AdvanceInvestigationCommand(i.id(),
        InvestigationStatus.PROVIDER_RESPONSE, null)), InvalidInput.class).errors().map(FieldError::field))
        .containsExactly("responseDue");
    assertThat(left(world.wmo.supervision().advanceInvestigation().advanceInvestigation(REGION, new AdvanceInvestigationCommand(null,
        InvestigationStatus.FINAL_REPORT, world.today())), InvalidInput.class).errors().map(FieldError::field))
        .containsExactlyInAnyOrder("investigation", "responseDue");
    assertThat(world.adapters.investigations().findById(i.id()).get().status()).isEqualTo(InvestigationStatus.DRAFT_REPORT);
  }

  @Test
  void a_finding_has_every_field_error_at_once_and_stores_nothing() {
    Investigation i = world.upTo(proactive(), InvestigationStatus.INVESTIGATING);
    var errors = left(world.wmo.supervision().recordFinding().recordFinding(REGION, new RecordFindingCommand(i.id(), "", null, null,
        null)), InvalidInput.class).errors().map(FieldError::field);
    assertThat(errors).containsExactlyInAnyOrder("normCode", "normName", "verdict", "note");
    assertThat(world.adapters.investigations().findById(i.id()).get().findings()).isEmpty();
  }

  @Test
  void only_the_region_and_supervisors_work_on_investigations_and_a_provider_reads_its_own() {
    Investigation i = proactive();
    leftOfKind(world.wmo.supervision().openInvestigation().openInvestigation(MEMBER_STAFF, new OpenInvestigationCommand(
        ClaimGen.PROVIDER, null, InvestigationScope.QUALITY, ProviderDeliveryForm.IN_KIND)), ErrorKind.FORBIDDEN);
    leftOfKind(world.wmo.supervision().advanceInvestigation().advanceInvestigation(PROVIDER_STAFF, new AdvanceInvestigationCommand(
        i.id(), InvestigationStatus.INVESTIGATING, null)), ErrorKind.FORBIDDEN);
    assertThat(right(world.wmo.supervision().getInvestigation().getInvestigation(PROVIDER_STAFF, i.id()))).isEqualTo(i);
    leftOfKind(world.wmo.supervision().getInvestigation().getInvestigation(OTHER_PROVIDER_STAFF, i.id()), ErrorKind.NOT_FOUND);
    leftOfKind(world.wmo.supervision().getInvestigation().getInvestigation(MEMBER_STAFF, i.id()), ErrorKind.FORBIDDEN);
    assertThat(right(world.wmo.supervision().listInvestigations().listInvestigations(OTHER_PROVIDER_STAFF,
        new ListInvestigationsQuery(Option.some(ClaimGen.PROVIDER), PageRequest.first()))).items()).isEmpty();
    assertThat(right(world.wmo.supervision().listInvestigations().listInvestigations(SUPERVISOR,
        new ListInvestigationsQuery(Option.none(), PageRequest.first()))).items()).containsExactly(i);
  }

  @Test
  void the_members_informed_are_by_default_those_whose_residents_the_provider_serves() {
    world.adapters.assignments().save(ClaimGen.assignment(1, ClaimGen.GUIDANCE, new Volume(4, Unit.HOUR, Frequency.PER_WEEK), DateRange.of(world.today().minusMonths(2), world.today().plusMonths(6)))).get();
    Investigation i = world.atFinalReport(InvestigationScope.QUALITY);
    left(world.wmo.supervision().informMembers().informMembers(REGION, new InformMembersCommand(i.id(), null)),
        InvestigationError.NoOutcome.class);
    right(world.wmo.supervision().addOutcome().addOutcome(REGION, new AddOutcomeCommand(i.id(), new Outcome.NoFindings())));
    Investigation informed = right(world.wmo.supervision().informMembers().informMembers(REGION, new InformMembersCommand(i.id(), null)));
    assertThat(informed.informed()).containsExactly(new MemberInformed(ClaimGen.MEMBER, world.today()));

    assertThat(left(world.wmo.supervision().informMembers().informMembers(REGION, new InformMembersCommand(i.id(),
        List.of(MunicipalityCode.of("0363")))), InvalidInput.class).errors().map(FieldError::code))
        .containsExactly("not_a_member");
    Investigation both = right(world.wmo.supervision().informMembers().informMembers(SUPERVISOR, new InformMembersCommand(i.id(),
        List.of(ClaimGen.OTHER_MEMBER))));
    assertThat(both.informed().map(MemberInformed::member)).containsExactly(ClaimGen.MEMBER, ClaimGen.OTHER_MEMBER);
  }
}
