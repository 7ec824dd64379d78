package nl.wmokader.core.indication;

import static nl.wmokader.core.indication.AssignmentGen.GUIDANCE_A;
import static nl.wmokader.core.indication.AssignmentGen.WHEELCHAIR;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentChange;
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
import nl.wmokader.core.indication.port.in.DeleteAssignmentCommand;
import nl.wmokader.core.indication.port.in.ExtendAssignmentCommand;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.ListAssignmentsQuery;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;

class AssignmentServicesTest {

  static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
  static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  static final AgbCode P1 = AgbCode.of("98000001");
  static final AgbCode P2 = AgbCode.of("98000002");
  static final Bsn CLIENT = AssignmentGen.client(1);
  static final DateRange YEAR_2024 = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
  static final Volume MONTHLY = new Volume(10, Unit.HOUR, Frequency.PER_MONTH);

  final AssignmentFixture world = new AssignmentFixture(TODAY);
  final Indication guidance = world.store(AssignmentGen.granted(new IndicationId(new java.util.UUID(1, 1)), CLIENT, BERNHEZE,
      Option.none(), AssignmentGen.grant(ProductCategory.GUIDANCE, Option.some(GUIDANCE_A), DeliveryForm.IN_KIND, YEAR_2024)));

  IssueAssignmentCommand specific(Indication indication, AgbCode provider, LocalDate start, LocalDate end) {
    return new IssueAssignmentCommand(indication.id(), provider, AssignmentType.SPECIFIC, Option.none(),
        Option.some(MONTHLY), start, Option.some(end));
  }

  Assignment issued(IssueAssignmentCommand command) {
    return Results.right(world.services.issueAssignment(Actor.region(), command));
  }

  @Test
  void issuing_stores_a_specific_assignment_with_the_grants_product_today() {
    Assignment a = Results.right(world.services.issueAssignment(Actor.municipality(BERNHEZE),
        specific(guidance, P1, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 6, 30))));

    assertThat(a.status()).isEqualTo(AssignmentStatus.ASSIGNED);
    assertThat(a.product()).isEqualTo(Option.some(GUIDANCE_A));
    assertThat(a.category()).isEqualTo(ProductCategory.GUIDANCE);
    assertThat(a.client()).isEqualTo(CLIENT);
    assertThat(a.responsibleMunicipality()).isEqualTo(BERNHEZE);
    assertThat(a.assignedOn()).isEqualTo(TODAY);
    assertThat(a.version()).isEqualTo(1);
    assertThat(world.assignments.findById(a.id()).get()).isEqualTo(a);
  }

  @Test
  void every_issued_assignment_has_an_iwmo_number_of_its_municipality_given_or_the_next() {
    Indication other = world.store(AssignmentGen.granted(new IndicationId(new java.util.UUID(1, 2)), CLIENT, OSS,
        Option.none(), AssignmentGen.grant(ProductCategory.GUIDANCE, Option.some(GUIDANCE_A), DeliveryForm.IN_KIND, YEAR_2024)));
    Assignment first = issued(specific(guidance, P1, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)));
    Assignment chosen = issued(withNumber(specific(guidance, P1, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30)), 41));
    Assignment next = issued(specific(guidance, P1, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)));
    Assignment elsewhere = issued(specific(other, P2, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)));

    assertThat(first.number()).contains(AssignmentNumber.of(1));
    assertThat(chosen.number()).contains(AssignmentNumber.of(41));
    assertThat(next.number()).contains(AssignmentNumber.of(42));      // past the chosen one
    assertThat(elsewhere.number()).contains(AssignmentNumber.of(1));  // unique per municipality, not region
    // a chosen number in use is refused, and takes nothing
    Results.left(world.services.issueAssignment(Actor.region(),
        withNumber(specific(guidance, P1, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)), 41)),
        CommonError.Duplicate.class);
    assertThat(world.assignments.findByIndication(guidance.id())).hasSize(3);
    // so is a malformed one, with the other fields' errors
    assertThat(Results.left(IssueAssignmentCommand.read(guidance.id().toString(), P1.value(), AssignmentType.SPECIFIC,
        null, null, LocalDate.of(2024, 6, 1), null, "1234567890"), InvalidInput.class).errors().map(FieldError::code))
        .containsExactly("assignment_number_format");
  }

  static IssueAssignmentCommand withNumber(IssueAssignmentCommand c, long number) {
    return new IssueAssignmentCommand(c.indication(), c.provider(), c.type(), c.product(), c.volume(), c.start(), c.end(),
        Option.some(AssignmentNumber.of(number)));
  }

  @Test
  void the_provider_must_hold_a_delivery_right_on_the_start_date() {
    world.contractedFrom(GUIDANCE_A, LocalDate.of(2024, 4, 1));

    var early = world.services.issueAssignment(Actor.region(), specific(guidance, P1, LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30)));
    Results.left(early, AssignmentError.ProviderNotContracted.class);
    assertThat(world.rightQueries).last().satisfies(q -> {
      assertThat(q.provider()).isEqualTo(P1);
      assertThat(q.product()).isEqualTo(GUIDANCE_A);
      assertThat(q.date()).isEqualTo(LocalDate.of(2024, 3, 31));
    });
    Results.right(world.services.issueAssignment(Actor.region(), specific(guidance, P1, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30))));
  }

  @Test
  void a_personal_budget_grant_is_not_assigned() {
    Indication pgb = world.store(AssignmentGen.granted(new IndicationId(new java.util.UUID(1, 2)), CLIENT, BERNHEZE, Option.none(),
        AssignmentGen.grant(ProductCategory.GUIDANCE, Option.some(GUIDANCE_A), DeliveryForm.PERSONAL_BUDGET, YEAR_2024)));
    Results.left(world.services.issueAssignment(Actor.region(), specific(pgb, P1, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 6, 30))),
        AssignmentError.NotInKind.class);
  }

  @Test
  void a_refused_indication_is_not_assigned() {
    Indication refused = world.store(AssignmentGen.refused(new IndicationId(new java.util.UUID(1, 3)), CLIENT, BERNHEZE, TODAY));
    Results.left(world.services.issueAssignment(Actor.region(), specific(refused, P1, TODAY, TODAY.plusMonths(1))),
        AssignmentError.NotGranted.class);
  }

  @Test
  void the_validity_must_lie_inside_the_grants() {
    Results.left(world.services.issueAssignment(Actor.region(), specific(guidance, P1, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 1, 1))),
        AssignmentError.OutsideGrant.class);
    var openEnded = new IssueAssignmentCommand(guidance.id(), P1, AssignmentType.SPECIFIC, Option.none(),
        Option.some(MONTHLY), LocalDate.of(2024, 6, 1), Option.none());
    Results.left(world.services.issueAssignment(Actor.region(), openEnded), AssignmentError.OutsideGrant.class);
  }

  @Test
  void another_product_than_granted_is_refused() {
    var other = new IssueAssignmentCommand(guidance.id(), P1, AssignmentType.SPECIFIC, Option.some(AssignmentGen.GUIDANCE_B),
        Option.some(MONTHLY), LocalDate.of(2024, 6, 1), Option.some(LocalDate.of(2024, 7, 1)));
    Results.left(world.services.issueAssignment(Actor.region(), other), AssignmentError.ProductNotGranted.class);
  }

  @Test
  void the_same_product_from_the_same_provider_may_not_overlap_but_may_follow_or_come_from_another() {
    issued(specific(guidance, P1, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30)));

    Results.left(world.services.issueAssignment(Actor.region(), specific(guidance, P1, LocalDate.of(2024, 6, 30), LocalDate.of(2024, 9, 30))),
        AssignmentError.Stacking.class);
    issued(specific(guidance, P1, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30)));
    issued(specific(guidance, P2, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 9, 30)));
  }

  @Test
  void an_aspecific_assignment_stacks_on_a_specific_one_of_its_category() {
    issued(specific(guidance, P1, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30)));
    var aspecific = new IssueAssignmentCommand(guidance.id(), P1, AssignmentType.ASPECIFIC, Option.none(), Option.none(),
        LocalDate.of(2024, 6, 1), Option.some(LocalDate.of(2024, 8, 1)));
    Results.left(world.services.issueAssignment(Actor.region(), aspecific), AssignmentError.Stacking.class);
  }

  @Test
  void aids_may_stack() {
    Indication chair = world.store(AssignmentGen.granted(new IndicationId(new java.util.UUID(1, 4)), CLIENT, BERNHEZE, Option.none(),
        AssignmentGen.grant(ProductCategory.WHEELCHAIRS, Option.some(WHEELCHAIR), DeliveryForm.IN_KIND, YEAR_2024)));
    var one = new IssueAssignmentCommand(chair.id(), P1, AssignmentType.SPECIFIC, Option.none(),
        Option.some(new Volume(1, Unit.PIECE_OUTPUT, Frequency.TOTAL)), LocalDate.of(2024, 3, 1), Option.some(LocalDate.of(2024, 12, 31)));
    issued(one);
    issued(one);
    assertThat(world.assignments.findByClient(CLIENT)).hasSize(2);
  }

  @Test
  void a_personal_budget_for_the_same_product_may_not_overlap_an_in_kind_assignment() {
    world.store(AssignmentGen.granted(new IndicationId(new java.util.UUID(1, 5)), CLIENT, BERNHEZE, Option.none(),
        AssignmentGen.grant(ProductCategory.GUIDANCE, Option.some(GUIDANCE_A), DeliveryForm.PERSONAL_BUDGET,
            DateRange.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30)))));

    Results.left(world.services.issueAssignment(Actor.region(), specific(guidance, P1, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1))),
        AssignmentError.PersonalBudgetOverlap.class);
    issued(specific(guidance, P1, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)));
    issued(specific(guidance, P1, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)));
  }

  @Test
  void every_invalid_field_is_reported_at_once() {
    var bad = new IssueAssignmentCommand(null, null, AssignmentType.GENERIC, Option.some(GUIDANCE_A),
        Option.some(MONTHLY), LocalDate.of(2024, 6, 1), Option.some(LocalDate.of(2024, 5, 1)));
    InvalidInput error = Results.left(world.services.issueAssignment(Actor.region(), bad), InvalidInput.class);
    assertThat(error.errors().map(FieldError::field)).containsExactlyInAnyOrder("indication", "provider", "end", "product", "volume");
  }

  @Test
  void a_weekly_volume_needs_an_end_date() {
    var weekly = new IssueAssignmentCommand(guidance.id(), P1, AssignmentType.SPECIFIC, Option.none(),
        Option.some(new Volume(3, Unit.HOUR, Frequency.PER_WEEK)), LocalDate.of(2024, 6, 1), Option.none());
    InvalidInput error = Results.left(world.services.issueAssignment(Actor.region(), weekly), InvalidInput.class);
    assertThat(error.errors().map(FieldError::code)).containsExactly("required");
  }

  @Test
  void a_generic_assignment_is_a_budget_in_euros() {
    var generic = new IssueAssignmentCommand(guidance.id(), P1, AssignmentType.GENERIC, Option.none(),
        Option.some(new Volume(150_000, Unit.EUROS, Frequency.TOTAL)), LocalDate.of(2024, 6, 1), Option.some(LocalDate.of(2024, 8, 31)));
    Assignment a = issued(generic);
    assertThat(a.product().isEmpty()).isTrue();
    assertThat(world.rightQueries).last().satisfies(q -> assertThat(q.product()).isEqualTo(GUIDANCE_A));
  }

  @Test
  void a_category_only_grant_is_assigned_aspecifically_to_a_provider_contracted_for_some_product_of_the_category() {
    Indication categoryOnly = world.store(AssignmentGen.granted(new IndicationId(new java.util.UUID(1, 6)), CLIENT, BERNHEZE, Option.none(),
        AssignmentGen.grant(ProductCategory.HOUSEHOLD_HELP, Option.none(), DeliveryForm.IN_KIND, YEAR_2024)));
    var aspecific = new IssueAssignmentCommand(categoryOnly.id(), P1, AssignmentType.ASPECIFIC, Option.none(), Option.none(),
        LocalDate.of(2024, 6, 1), Option.some(LocalDate.of(2024, 8, 1)));
    // no product of the category is the provider's: refused, nothing stored
    Results.left(world.services.issueAssignment(Actor.region(), aspecific), AssignmentError.ProviderNotContracted.class);
    assertThat(world.categoryQueries).last().isEqualTo(new nl.wmokader.core.contracting.port.in.CategoryRightQuery(P1,
        ProductCategory.HOUSEHOLD_HELP, LocalDate.of(2024, 6, 1)));
    world.contractedCategory = q -> q.provider().equals(P1) && q.category() == ProductCategory.HOUSEHOLD_HELP;
    Assignment a = issued(aspecific);
    assertThat(a.type()).isEqualTo(AssignmentType.ASPECIFIC);
    assertThat(a.product().isEmpty()).isTrue();
    assertThat(a.category()).isEqualTo(ProductCategory.HOUSEHOLD_HELP);
  }

  @Test
  void providers_and_supervisors_may_not_issue_and_other_municipalities_do_not_find_the_case() {
    var command = specific(guidance, P1, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 6, 30));
    Results.left(world.services.issueAssignment(Actor.provider(P1), command), CommonError.Forbidden.class);
    Results.left(world.services.issueAssignment(Actor.supervisor(), command), CommonError.Forbidden.class);
    var notFound = Results.left(world.services.issueAssignment(Actor.municipality(OSS), command), CommonError.NotFound.class);
    var absent = Results.left(world.services.issueAssignment(Actor.municipality(OSS),
        specific(guidance.withId(new IndicationId(new java.util.UUID(9, 9))), P1, TODAY, TODAY)), CommonError.NotFound.class);
    assertThat(notFound.entity()).isEqualTo(absent.entity());
    assertThat(world.assignments.findByClient(CLIENT)).isEmpty();
  }

  @Test
  void the_central_municipality_assigns_a_shelter_case_and_the_municipality_it_is_attributed_to_reads_it() {
    Indication shelter = world.store(AssignmentGen.granted(new IndicationId(new java.util.UUID(1, 7)), CLIENT, OSS, Option.some(BERNHEZE),
        AssignmentGen.grant(ProductCategory.SHELTERED_HOUSING, Option.some(nl.wmokader.core.catalogue.domain.ProductCode.of("15A01")),
            DeliveryForm.IN_KIND, YEAR_2024)));
    var command = specific(shelter, P1, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 6, 30));
    // the municipality of origin looks on: the central municipality runs the message traffic (DOMAIN §3)
    Results.left(world.services.issueAssignment(Actor.municipality(BERNHEZE), command), CommonError.Forbidden.class);
    assertThat(world.assignments.findByClient(CLIENT)).isEmpty();
    Assignment a = Results.right(world.services.issueAssignment(Actor.municipality(OSS), command));
    assertThat(a.attributedTo()).isEqualTo(Option.some(BERNHEZE));
    Results.left(world.services.extendAssignment(Actor.municipality(BERNHEZE),
        new ExtendAssignmentCommand(a.id(), Option.some(LocalDate.of(2024, 9, 30)))), CommonError.Forbidden.class);
    Results.left(world.services.deleteAssignment(Actor.municipality(BERNHEZE), new DeleteAssignmentCommand(a.id())), CommonError.Forbidden.class);
    assertThat(world.assignments.findById(a.id())).contains(a);
    Results.right(world.services.getAssignment(Actor.municipality(OSS), a.id()));
    Results.right(world.services.getAssignment(Actor.municipality(BERNHEZE), a.id()));
    Results.left(world.services.getAssignment(Actor.municipality(MunicipalityCode.of("0755")), a.id()), CommonError.NotFound.class);
  }

  @Test
  void extending_with_the_same_volume_moves_the_end_of_the_same_assignment() {
    Assignment a = issued(specific(guidance, P1, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 6, 30)));
    Assignment extended = Results.right(world.services.extendAssignment(Actor.region(),
        new ExtendAssignmentCommand(a.id(), Option.some(LocalDate.of(2024, 12, 31)))));
    assertThat(extended.id()).isEqualTo(a.id());
    assertThat(extended.validity()).isEqualTo(DateRange.of(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 12, 31)));
    assertThat(extended.version()).isEqualTo(2);
    Results.left(world.services.extendAssignment(Actor.region(), new ExtendAssignmentCommand(a.id(), Option.some(LocalDate.of(2025, 1, 1)))),
        AssignmentError.OutsideGrant.class);
  }

  @Test
  void extending_into_another_assignment_of_the_same_provider_is_stacking() {
    Assignment first = issued(specific(guidance, P1, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 6, 30)));
    issued(specific(guidance, P1, LocalDate.of(2024, 8, 1), LocalDate.of(2024, 9, 30)));
    Results.left(world.services.extendAssignment(Actor.region(), new ExtendAssignmentCommand(first.id(), Option.some(LocalDate.of(2024, 8, 1)))),
        AssignmentError.Stacking.class);
  }

  @Test
  void changing_the_volume_ends_the_assignment_and_issues_a_linked_one() {
    Assignment a = issued(specific(guidance, P1, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31)));
    Results.right(world.delivery.reportDeliveryStart(Actor.provider(P1), new ReportDeliveryStartCommand(a.id(), TODAY)));
    world.clock.set(LocalDate.of(2024, 5, 20));
    Volume more = new Volume(16, Unit.HOUR, Frequency.PER_MONTH);

    AssignmentChange change = Results.right(world.services.changeAssignmentVolume(Actor.region(),
        new ChangeAssignmentVolumeCommand(a.id(), LocalDate.of(2024, 6, 1), more, true)));

    assertThat(change.ended().status()).isEqualTo(AssignmentStatus.ENDED);
    assertThat(change.ended().validity()).isEqualTo(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31)));
    assertThat(change.ended().stop()).isEqualTo(Option.some(new AssignmentStop(LocalDate.of(2024, 5, 31), StopReason.CHANGE_REQUEST)));
    assertThat(change.issued().replaces()).isEqualTo(Option.some(a.id()));
    assertThat(change.issued().volume()).isEqualTo(Option.some(more));
    assertThat(change.issued().validity()).isEqualTo(DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 12, 31)));
    assertThat(change.issued().assignedOn()).isEqualTo(LocalDate.of(2024, 5, 20));
    assertThat(change.issued().status()).isEqualTo(AssignmentStatus.ASSIGNED);
    assertThat(change.ended().number()).isEqualTo(a.number());      // a new assignment, a new number
    assertThat(change.issued().number().get()).isGreaterThan(a.number().get());
    assertThat(world.assignments.findByIndication(guidance.id())).containsExactlyInAnyOrder(change.ended(), change.issued());
  }

  @Test
  void a_change_the_municipality_initiates_records_that_reason_and_an_unchanged_volume_is_no_change() {
    Assignment a = issued(specific(guidance, P1, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31)));
    Results.left(world.services.changeAssignmentVolume(Actor.region(),
        new ChangeAssignmentVolumeCommand(a.id(), LocalDate.of(2024, 6, 1), MONTHLY, false)), AssignmentError.VolumeUnchanged.class);
    AssignmentChange change = Results.right(world.services.changeAssignmentVolume(Actor.region(),
        new ChangeAssignmentVolumeCommand(a.id(), LocalDate.of(2024, 6, 1), new Volume(2, Unit.HOUR, Frequency.PER_MONTH), false)));
    assertThat(change.ended().stop().get().reason()).isEqualTo(StopReason.INITIATED_BY_MUNICIPALITY);
    Results.left(world.services.changeAssignmentVolume(Actor.region(),
        new ChangeAssignmentVolumeCommand(a.id(), LocalDate.of(2024, 7, 1), MONTHLY, false)), AssignmentError.NotActive.class);
  }

  @Test
  void a_change_must_leave_the_old_assignment_a_day() {
    Assignment a = issued(specific(guidance, P1, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31)));
    var error = Results.left(world.services.changeAssignmentVolume(Actor.region(),
        new ChangeAssignmentVolumeCommand(a.id(), LocalDate.of(2024, 3, 1), new Volume(2, Unit.HOUR, Frequency.PER_MONTH), false)),
        AssignmentError.DateOutOfRange.class);
    assertThat(error.earliest()).isEqualTo(LocalDate.of(2024, 3, 2));
  }

  @Test
  void deleting_is_refused_once_a_claim_was_approved() {
    Assignment a = issued(specific(guidance, P1, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 6, 30)));
    Assignment b = issued(specific(guidance, P2, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 6, 30)));
    world.approvedClaims.approve(a.id());

    Results.left(world.services.deleteAssignment(Actor.region(), new DeleteAssignmentCommand(a.id())), AssignmentError.HasApprovedClaims.class);
    Assignment deleted = Results.right(world.services.deleteAssignment(Actor.municipality(BERNHEZE), new DeleteAssignmentCommand(b.id())));
    assertThat(deleted.status()).isEqualTo(AssignmentStatus.DELETED);
    Results.left(world.services.deleteAssignment(Actor.region(), new DeleteAssignmentCommand(b.id())), AssignmentError.NotActive.class);
  }

  @Test
  void a_deleted_assignment_no_longer_blocks_a_new_one() {
    Assignment a = issued(specific(guidance, P1, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 6, 30)));
    Results.right(world.services.deleteAssignment(Actor.region(), new DeleteAssignmentCommand(a.id())));
    issued(specific(guidance, P1, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 6, 30)));
  }

  @Test
  void a_provider_reads_and_lists_only_its_own_assignments_and_a_supervisor_nothing() {
    Assignment mine = issued(specific(guidance, P1, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 6, 30)));
    Assignment theirs = issued(specific(guidance, P2, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 6, 30)));

    Results.right(world.services.getAssignment(Actor.provider(P1), mine.id()));
    Results.left(world.services.getAssignment(Actor.provider(P1), theirs.id()), CommonError.NotFound.class);
    assertThat(Results.right(world.services.listAssignments(Actor.provider(P1), ListAssignmentsQuery.firstPage())).items())
        .containsExactly(mine);
    var asksForOther = new ListAssignmentsQuery(Option.none(), Option.some(P2), Option.none(), Option.none(), PageRequest.first());
    assertThat(Results.right(world.services.listAssignments(Actor.provider(P1), asksForOther)).total()).isZero();
    Results.leftOfKind(world.services.getAssignment(Actor.supervisor(), mine.id()), ErrorKind.FORBIDDEN);
    Results.leftOfKind(world.services.listAssignments(Actor.supervisor(), ListAssignmentsQuery.firstPage()), ErrorKind.FORBIDDEN);
  }

  @Test
  void municipality_staff_list_their_cases_a_page_at_a_time() {
    for (int i = 0; i < 5; i++) {
      issued(specific(guidance, P1, LocalDate.of(2024, 3, 1).plusMonths(i * 2L), LocalDate.of(2024, 3, 31).plusMonths(i * 2L)));
    }
    var page = Results.right(world.services.listAssignments(Actor.municipality(BERNHEZE), ListAssignmentsQuery.all(new PageRequest(1, 2))));
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.items().map(a -> a.validity().start())).containsExactly(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 1));
    assertThat(Results.right(world.services.listAssignments(Actor.municipality(OSS), ListAssignmentsQuery.firstPage())).total()).isZero();
  }
}
