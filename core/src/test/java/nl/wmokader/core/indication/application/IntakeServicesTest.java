package nl.wmokader.core.indication.application;

import static nl.wmokader.core.indication.IndicationFixture.BERNHEZE;
import static nl.wmokader.core.indication.IndicationFixture.BERNHEZE_AID;
import static nl.wmokader.core.indication.IndicationFixture.BOEKEL;
import static nl.wmokader.core.indication.IndicationFixture.GUIDANCE;
import static nl.wmokader.core.indication.IndicationFixture.HOUSEHOLD_HELP;
import static nl.wmokader.core.indication.IndicationFixture.LAND_VAN_CUIJK;
import static nl.wmokader.core.indication.IndicationFixture.OSS;
import static nl.wmokader.core.indication.IndicationFixture.guidance;
import static nl.wmokader.core.indication.IndicationFixture.shelteredHousing;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.audit.application.AccessRecorder;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.indication.IndicationFixture;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.indication.IndicationGen;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationError;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.IndicationStatus;
import nl.wmokader.core.indication.domain.IntakeDeadlines;
import nl.wmokader.core.indication.port.in.CompleteAssessmentCommand;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.indication.port.in.FileObjectionCommand;
import nl.wmokader.core.indication.port.in.GrantTerms;
import nl.wmokader.core.indication.port.in.ReportNeedCommand;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.inmemory.InMemoryAuditTrail;
import nl.wmokader.core.inmemory.InMemoryIndicationRepository;
import nl.wmokader.core.inmemory.InMemoryRegionRepository;
import nl.wmokader.core.region.application.RegionServices;
import nl.wmokader.core.region.domain.RegionError;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

class IntakeServicesTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);
  private static final Actor REGION = Actor.region();
  private static final Actor OSS_STAFF = Actor.municipality(OSS);
  private static final Actor BERNHEZE_STAFF = Actor.municipality(BERNHEZE);
  private static final Actor BOEKEL_STAFF = Actor.municipality(BOEKEL);

  private final IndicationFixture f = new IndicationFixture(LocalDate.of(2025, 9, 1));

  @Test
  void a_report_opens_a_case_whose_assessment_is_due_six_weeks_later_moved_past_easter_monday() {
    Indication reported = f.report(BERNHEZE_STAFF, BERNHEZE, MONDAY);

    assertThat(reported.status()).isEqualTo(IndicationStatus.REPORTED);
    assertThat(reported.version()).isEqualTo(1);
    assertThat(reported.responsibleMunicipality()).isEqualTo(BERNHEZE);
    // 10 March + 6 weeks = Easter Monday 21 April 2025: the term ends on Tuesday 22 April.
    assertThat(f.deadlines.assessmentDue(reported)).contains(LocalDate.of(2025, 4, 22));
    assertThat(f.repository.findById(reported.id())).contains(reported);
  }

  @Test
  void the_intake_path_runs_from_report_to_grant_with_the_decision_due_two_weeks_after_the_application() {
    Indication reported = f.report(REGION, BOEKEL, LocalDate.of(2025, 4, 1));
    Indication assessed = Results.right(f.intake.completeAssessment(REGION,
        new CompleteAssessmentCommand(reported.id(), LocalDate.of(2025, 5, 14))));
    Indication applied = Results.right(f.intake.submitApplication(BOEKEL_STAFF,
        SubmitApplicationCommand.onCase(reported.id(), LocalDate.of(2025, 5, 15))));
    // 15 May + 2 weeks = Ascension Day 29 May 2025: due Friday 30 May.
    assertThat(f.deadlines.decisionDue(applied)).contains(LocalDate.of(2025, 5, 30));

    Indication granted = Results.right(f.intake.decideOnApplication(BOEKEL_STAFF,
        DecideOnApplicationCommand.grant(reported.id(), LocalDate.of(2025, 5, 20), guidance(LocalDate.of(2025, 6, 1)))));

    assertThat(assessed.status()).isEqualTo(IndicationStatus.ASSESSED);
    assertThat(applied.status()).isEqualTo(IndicationStatus.APPLIED);
    assertThat(granted.status()).isEqualTo(IndicationStatus.GRANTED);
    assertThat(granted.version()).isEqualTo(4);
    assertThat(granted.grant().get().product()).contains(GUIDANCE);
    assertThat(granted.grant().get().volume().quantity()).isEqualTo(3);
    assertThat(granted.grant().get().validity().end()).contains(LocalDate.of(2026, 5, 31));
    assertThat(f.deadlines.objectionWindowEnd(granted)).contains(LocalDate.of(2025, 7, 1));
  }

  @Test
  void a_refusal_records_its_reason() {
    Indication applied = f.applied(REGION, OSS, MONDAY);
    Indication refused = Results.right(f.intake.decideOnApplication(OSS_STAFF,
        DecideOnApplicationCommand.refuse(applied.id(), MONDAY.plusDays(5), "  Algemene voorziening volstaat ")));
    assertThat(refused.status()).isEqualTo(IndicationStatus.REFUSED);
    assertThat(refused.decision().get().refusalReason()).contains("Algemene voorziening volstaat");
    assertThat(refused.grant()).isEmpty();
  }

  @Test
  void an_application_without_a_report_opens_an_applied_case_that_counts_as_the_report() {
    Indication applied = Results.right(f.intake.submitApplication(BERNHEZE_STAFF,
        SubmitApplicationCommand.withoutReport(IndicationGen.client(2), BERNHEZE, Option.none(), MONDAY)));

    assertThat(applied.status()).isEqualTo(IndicationStatus.APPLIED);
    assertThat(applied.applicationWithoutReport()).isTrue();
    assertThat(applied.reportedOn()).isEqualTo(MONDAY);
    assertThat(f.deadlines.assessmentDue(applied)).isEmpty();
    assertThat(f.deadlines.decisionDue(applied)).contains(MONDAY.plusWeeks(2));
    Results.left(f.intake.completeAssessment(BERNHEZE_STAFF, new CompleteAssessmentCommand(applied.id(), MONDAY)),
        IndicationError.NotInStep.class);
  }

  @Test
  void an_application_on_a_reported_case_waits_for_the_assessment_or_the_end_of_its_term() {
    Indication reported = f.report(OSS_STAFF, OSS, MONDAY);
    LocalDate due = LocalDate.of(2025, 4, 22);

    var early = Results.left(f.intake.submitApplication(OSS_STAFF, SubmitApplicationCommand.onCase(reported.id(), due)),
        IndicationError.AssessmentStillDue.class);
    assertThat(early.assessmentDue()).isEqualTo(due);

    Indication applied = Results.right(f.intake.submitApplication(OSS_STAFF,
        SubmitApplicationCommand.onCase(reported.id(), due.plusDays(1))));
    assertThat(applied.assessedOn()).isEmpty();
    assertThat(applied.status()).isEqualTo(IndicationStatus.APPLIED);
  }

  @Test
  void every_invalid_field_of_a_report_is_listed_at_once() {
    var error = Results.left(f.intake.reportNeed(REGION, new ReportNeedCommand(null, MunicipalityCode.of("0363"),
        Option.some(MunicipalityCode.of("0599")), f.clock.today().plusDays(1))), InvalidInput.class);

    assertThat(error.errors().map(e -> e.field() + ":" + e.code())).containsExactlyInAnyOrder(
        "client:required", "responsibleMunicipality:not_a_member",
        "attributedTo:only_for_central_municipality", "attributedTo:not_a_member", "reportedOn:in_future");
    assertThat(error.errors().map(FieldError::message).mkString()).doesNotContain("9999");
  }

  @Test
  void an_event_may_be_dated_today_or_in_the_past_but_not_tomorrow() {
    Results.right(f.intake.reportNeed(REGION, ReportNeedCommand.of(IndicationGen.client(0), OSS, f.clock.today())));
    Results.right(f.intake.reportNeed(REGION, ReportNeedCommand.of(IndicationGen.client(0), OSS, LocalDate.of(2019, 1, 2))));
    Results.left(f.intake.reportNeed(REGION, ReportNeedCommand.of(IndicationGen.client(0), OSS, f.clock.today().plusDays(1))),
        InvalidInput.class);
  }

  @Test
  void providers_and_supervisors_may_not_use_the_intake() {
    IndicationId id = f.report(REGION, OSS, MONDAY).id();
    for (Actor actor : List.of(Actor.provider(AgbCode.of("98000001")), Actor.supervisor())) {
      List<Either<DomainError, Indication>> results = List.of(
          f.intake.reportNeed(actor, ReportNeedCommand.of(IndicationGen.client(0), OSS, MONDAY)),
          f.intake.completeAssessment(actor, new CompleteAssessmentCommand(id, MONDAY)),
          f.intake.submitApplication(actor, SubmitApplicationCommand.onCase(id, MONDAY)),
          f.intake.decideOnApplication(actor, DecideOnApplicationCommand.refuse(id, MONDAY, "nee")),
          f.objections.fileObjection(actor, new FileObjectionCommand(id, MONDAY)),
          f.queries.getIndication(actor, id));
      results.forEach(r -> Results.left(r, CommonError.Forbidden.class));
    }
  }

  @Test
  void a_municipality_reports_only_for_its_own_residents() {
    Results.left(f.intake.reportNeed(BERNHEZE_STAFF, ReportNeedCommand.of(IndicationGen.client(0), BOEKEL, MONDAY)),
        CommonError.Forbidden.class);
    Results.left(f.intake.submitApplication(BERNHEZE_STAFF,
        SubmitApplicationCommand.withoutReport(IndicationGen.client(0), BOEKEL, Option.none(), MONDAY)),
        CommonError.Forbidden.class);
    assertThat(f.repository.all()).isEmpty();
  }

  @Test
  void another_municipalitys_case_answers_not_found_exactly_like_an_absent_one() {
    Indication boekels = f.report(REGION, BOEKEL, MONDAY);
    IndicationId absent = new IndicationId(new java.util.UUID(9, 9));

    var hidden = Results.left(f.intake.completeAssessment(BERNHEZE_STAFF, new CompleteAssessmentCommand(boekels.id(), MONDAY)),
        CommonError.NotFound.class);
    var missing = Results.left(f.intake.completeAssessment(BERNHEZE_STAFF, new CompleteAssessmentCommand(absent, MONDAY)),
        CommonError.NotFound.class);

    assertThat(hidden.entity()).isEqualTo(missing.entity());
    assertThat(hidden.message().replace(boekels.id().toString(), "ID"))
        .isEqualTo(missing.message().replace(absent.toString(), "ID"));
    assertThat(f.repository.findById(boekels.id()).get().status()).isEqualTo(IndicationStatus.REPORTED);
  }

  @Test
  void a_sheltered_housing_case_is_decided_centrally_and_seen_but_not_changed_by_the_municipality_of_origin() {
    Indication reported = Results.right(f.intake.reportNeed(OSS_STAFF,
        ReportNeedCommand.central(IndicationGen.client(1), OSS, LAND_VAN_CUIJK, MONDAY)));
    assertThat(reported.attributedTo()).contains(LAND_VAN_CUIJK);

    Actor origin = Actor.municipality(LAND_VAN_CUIJK);
    assertThat(Results.right(f.queries.getIndication(origin, reported.id()))).isEqualTo(reported);
    Results.left(f.intake.completeAssessment(origin, new CompleteAssessmentCommand(reported.id(), MONDAY)),
        CommonError.Forbidden.class);
    Results.left(f.queries.getIndication(BERNHEZE_STAFF, reported.id()), CommonError.NotFound.class);

    Results.right(f.intake.completeAssessment(OSS_STAFF, new CompleteAssessmentCommand(reported.id(), MONDAY.plusDays(7))));
    Results.right(f.intake.submitApplication(OSS_STAFF, SubmitApplicationCommand.onCase(reported.id(), MONDAY.plusDays(8))));
    Indication granted = Results.right(f.intake.decideOnApplication(OSS_STAFF,
        DecideOnApplicationCommand.grant(reported.id(), MONDAY.plusDays(9), shelteredHousing(MONDAY.plusDays(9)))));
    assertThat(granted.grant().get().category()).isEqualTo(ProductCategory.SHELTERED_HOUSING);
    assertThat(granted.attributedTo()).contains(LAND_VAN_CUIJK);
  }

  @Test
  void only_the_central_municipality_takes_an_attribution() {
    var error = Results.left(f.intake.reportNeed(REGION,
        ReportNeedCommand.central(IndicationGen.client(1), BERNHEZE, BOEKEL, MONDAY)), InvalidInput.class);
    assertThat(error.errors().map(FieldError::code)).containsExactly("only_for_central_municipality");
  }

  @Test
  void sheltered_housing_is_granted_only_on_an_attributed_case_and_other_care_only_on_a_residents_own() {
    Indication own = f.applied(REGION, OSS, MONDAY);
    var shelterOnOwn = Results.left(f.intake.decideOnApplication(REGION,
        DecideOnApplicationCommand.grant(own.id(), MONDAY.plusDays(3), shelteredHousing(MONDAY))),
        IndicationError.CategoryNotForCase.class);
    assertThat(shelterOnOwn.category()).isEqualTo(ProductCategory.SHELTERED_HOUSING);

    Indication central = Results.right(f.intake.submitApplication(REGION,
        SubmitApplicationCommand.withoutReport(IndicationGen.client(1), OSS, Option.some(BOEKEL), MONDAY)));
    Results.left(f.intake.decideOnApplication(REGION,
        DecideOnApplicationCommand.grant(central.id(), MONDAY.plusDays(3), guidance(MONDAY))),
        IndicationError.CategoryNotForCase.class);
    Results.right(f.intake.decideOnApplication(REGION,
        DecideOnApplicationCommand.refuse(central.id(), MONDAY.plusDays(3), "Geen dakloosheid")));
  }

  @Test
  void every_invalid_field_of_a_grant_is_listed_at_once() {
    Indication applied = f.applied(REGION, OSS, MONDAY);
    GrantTerms bad = new GrantTerms(ProductCategory.GUIDANCE, Option.some(HOUSEHOLD_HELP), DeliveryForm.IN_KIND, 0,
        Unit.MINUTE, Frequency.PER_WEEK, LocalDate.of(2026, 1, 5), Option.none(), List.of("Doel", " "),
        LocalDate.of(2026, 1, 4));

    var error = Results.left(f.intake.decideOnApplication(REGION,
        DecideOnApplicationCommand.grant(applied.id(), MONDAY.plusDays(3), bad)), InvalidInput.class);

    assertThat(error.errors().map(e -> e.field() + ":" + e.code())).containsExactlyInAnyOrder(
        "grant.quantity:not_positive", "grant.validUntil:required_for_weekly",
        "grant.evaluationDate:before_validity_start", "grant.goals:blank", "grant.product:unknown_on_start");
    assertThat(f.repository.findById(applied.id()).get().status()).isEqualTo(IndicationStatus.APPLIED);
  }

  @Test
  void a_granted_product_matches_its_category_and_unit_and_belongs_to_the_region_or_the_responsible_member() {
    Indication applied = f.applied(REGION, OSS, MONDAY);
    GrantTerms mismatch = new GrantTerms(ProductCategory.HOUSEHOLD_HELP, Option.some(GUIDANCE), DeliveryForm.IN_KIND, 2,
        Unit.MINUTE, Frequency.TOTAL, MONDAY, Option.none(), List.of("Doel"), MONDAY);
    var error = Results.left(f.intake.decideOnApplication(REGION,
        DecideOnApplicationCommand.grant(applied.id(), MONDAY.plusDays(3), mismatch)), InvalidInput.class);
    assertThat(error.errors().map(FieldError::code))
        .containsExactlyInAnyOrder("product_category_mismatch", "product_unit_mismatch");

    GrantTerms bernhezesAid = new GrantTerms(ProductCategory.OTHER_AIDS, Option.some(BERNHEZE_AID), DeliveryForm.IN_KIND, 1,
        Unit.PIECE_OUTPUT, Frequency.TOTAL, MONDAY, Option.none(), List.of("Doel"), MONDAY);
    var local = Results.left(f.intake.decideOnApplication(REGION,
        DecideOnApplicationCommand.grant(applied.id(), MONDAY.plusDays(3), bernhezesAid)), InvalidInput.class);
    assertThat(local.errors().map(FieldError::code)).containsExactly("local_to_other_municipality");

    Indication bernheze = f.applied(BERNHEZE_STAFF, BERNHEZE, MONDAY);
    Results.right(f.intake.decideOnApplication(BERNHEZE_STAFF,
        DecideOnApplicationCommand.grant(bernheze.id(), MONDAY.plusDays(3), bernhezesAid)));
  }

  @Test
  void a_task_based_product_is_granted_to_nobody() {
    ProductCode neighbourhoodTeam = ProductCode.of("06T01");
    var task = nl.wmokader.core.catalogue.domain.ProductVersion.builder().code(neighbourhoodTeam)
        .category(ProductCategory.OTHER_INDIVIDUAL_SUPPORT).name("Wijkteam").unit(Unit.PIECE_EFFORT)
        .variant(nl.wmokader.core.catalogue.domain.ExecutionVariant.TASK_BASED)
        .validity(DateRange.from(LocalDate.of(2023, 1, 1))).localTo(Option.none()).build();
    IndicationFixture withTask = new IndicationFixture(LocalDate.of(2025, 9, 1), IntakeDeadlines.reference(),
        IndicationFixture.catalogue(IndicationFixture.CATALOGUE.append(task)));
    Indication applied = withTask.applied(REGION, OSS, MONDAY);
    GrantTerms terms = new GrantTerms(ProductCategory.OTHER_INDIVIDUAL_SUPPORT, Option.some(neighbourhoodTeam),
        DeliveryForm.IN_KIND, 1, Unit.PIECE_EFFORT, Frequency.TOTAL, MONDAY, Option.none(), List.of("Doel"), MONDAY);
    var error = Results.left(withTask.intake.decideOnApplication(REGION,
        DecideOnApplicationCommand.grant(applied.id(), MONDAY.plusDays(3), terms)), InvalidInput.class);
    assertThat(error.errors().map(e -> e.field() + ":" + e.code())).containsExactly("grant.product:task_based");
    assertThat(withTask.repository.findById(applied.id()).get().status()).isEqualTo(IndicationStatus.APPLIED);
  }

  @Test
  void a_product_must_be_in_the_catalogue_on_the_validity_start() {
    Indication applied = f.applied(REGION, OSS, MONDAY);
    GrantTerms afterEnd = new GrantTerms(ProductCategory.HOUSEHOLD_HELP, Option.some(HOUSEHOLD_HELP), DeliveryForm.IN_KIND, 2,
        Unit.HOUR, Frequency.PER_MONTH, LocalDate.of(2026, 1, 1), Option.none(), List.of("Schoon huis"), LocalDate.of(2026, 6, 1));
    var error = Results.left(f.intake.decideOnApplication(REGION,
        DecideOnApplicationCommand.grant(applied.id(), MONDAY.plusDays(3), afterEnd)), InvalidInput.class);
    assertThat(error.errors().map(FieldError::field)).containsExactly("grant.product");

    Results.right(f.intake.decideOnApplication(REGION, DecideOnApplicationCommand.grant(applied.id(), MONDAY.plusDays(3),
        new GrantTerms(ProductCategory.HOUSEHOLD_HELP, Option.some(HOUSEHOLD_HELP), DeliveryForm.PERSONAL_BUDGET, 2,
            Unit.HOUR, Frequency.PER_MONTH, LocalDate.of(2025, 12, 31), Option.none(), List.of("Schoon huis"),
            LocalDate.of(2026, 6, 1)))));
  }

  @Test
  void a_catalogue_failure_other_than_not_found_is_passed_on() {
    IndicationFixture broken = new IndicationFixture(LocalDate.of(2025, 9, 1), IntakeDeadlines.reference(),
        (actor, query) -> Either.left(InvalidInput.of("asOf", "required", "is required")));
    Indication applied = broken.applied(REGION, OSS, MONDAY);
    var error = Results.left(broken.intake.decideOnApplication(REGION,
        DecideOnApplicationCommand.grant(applied.id(), MONDAY.plusDays(3), guidance(MONDAY))), InvalidInput.class);
    assertThat(error.errors().map(FieldError::field)).containsExactly("asOf");
  }

  @Test
  void a_decision_has_exactly_one_of_grant_and_refusal_and_a_refusal_a_reason() {
    Indication applied = f.applied(REGION, OSS, MONDAY);
    var neither = Results.left(f.intake.decideOnApplication(REGION,
        new DecideOnApplicationCommand(applied.id(), MONDAY, Option.none(), Option.none())), InvalidInput.class);
    assertThat(neither.errors().map(FieldError::code)).containsExactly("grant_or_refusal");

    var blank = Results.left(f.intake.decideOnApplication(REGION,
        DecideOnApplicationCommand.refuse(applied.id(), MONDAY.plusDays(3), "   ")), InvalidInput.class);
    assertThat(blank.errors().map(FieldError::code)).containsExactly("blank");
  }

  @Test
  void a_decided_application_is_not_decided_again_and_a_decision_does_not_precede_the_application() {
    Indication applied = f.applied(REGION, OSS, MONDAY);
    Results.left(f.intake.decideOnApplication(REGION,
        DecideOnApplicationCommand.refuse(applied.id(), MONDAY.plusDays(1), "Te vroeg")),
        IndicationError.BeforePreviousStep.class);
    Results.right(f.intake.decideOnApplication(REGION,
        DecideOnApplicationCommand.refuse(applied.id(), MONDAY.plusDays(2), "Voorliggend")));
    Results.left(f.intake.decideOnApplication(REGION,
        DecideOnApplicationCommand.grant(applied.id(), MONDAY.plusDays(4), guidance(MONDAY))),
        IndicationError.AlreadyDecided.class);
  }

  @Test
  void a_missing_case_id_is_a_field_error_among_the_others() {
    var error = Results.left(f.intake.completeAssessment(REGION, new CompleteAssessmentCommand(null, null)), InvalidInput.class);
    assertThat(error.errors().map(FieldError::field)).containsExactlyInAnyOrder("indication", "assessedOn");
  }

  @Test
  void an_application_names_either_a_case_or_a_new_client_not_both() {
    Indication reported = f.report(REGION, OSS, MONDAY);
    var both = Results.left(f.intake.submitApplication(REGION, new SubmitApplicationCommand(Option.some(reported.id()),
        Option.some(IndicationGen.client(0)), Option.some(OSS), Option.none(), MONDAY.plusWeeks(8))), InvalidInput.class);
    assertThat(both.errors().map(e -> e.field() + ":" + e.code()))
        .containsExactlyInAnyOrder("client:with_indication", "responsibleMunicipality:with_indication");

    var neither = Results.left(f.intake.submitApplication(REGION, new SubmitApplicationCommand(Option.none(),
        Option.none(), Option.none(), Option.none(), null)), InvalidInput.class);
    assertThat(neither.errors().map(FieldError::field)).containsExactlyInAnyOrder("client", "responsibleMunicipality", "appliedOn");
  }

  @Test
  void without_a_region_a_report_answers_that_the_region_is_not_defined() {
    var intake = new IntakeServices(new InMemoryIndicationRepository(), new RegionServices(new InMemoryRegionRepository(), AccessPolicy.standard()),
        IndicationFixture.catalogue(List.empty()), new SequentialIds(), new MutableClock(MONDAY), IntakeDeadlines.reference(), AccessPolicy.standard(),
        new AccessRecorder(new InMemoryAuditTrail(), new MutableClock(MONDAY)));
    var error = Results.leftOfKind(intake.reportNeed(REGION, ReportNeedCommand.of(IndicationGen.client(0), OSS, MONDAY)),
        ErrorKind.NOT_FOUND);
    assertThat(error).isInstanceOf(RegionError.NotDefined.class);
  }
}
