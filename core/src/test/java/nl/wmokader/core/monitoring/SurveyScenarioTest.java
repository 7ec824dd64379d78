package nl.wmokader.core.monitoring;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.DefineProductCommand;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffCommand;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.port.in.ContractProviderCommand;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.indication.port.in.GrantTerms;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartCommand;
import nl.wmokader.core.indication.port.in.ReportDeliveryStopCommand;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.monitoring.domain.AgeBand;
import nl.wmokader.core.monitoring.domain.Breakdown;
import nl.wmokader.core.monitoring.domain.Cell;
import nl.wmokader.core.monitoring.domain.Invitation;
import nl.wmokader.core.monitoring.domain.Occasion;
import nl.wmokader.core.monitoring.domain.Questionnaire;
import nl.wmokader.core.monitoring.domain.Response;
import nl.wmokader.core.monitoring.domain.SurveyError;
import nl.wmokader.core.monitoring.domain.SurveyTerms;
import nl.wmokader.core.monitoring.port.in.AnswerSurveyCommand;
import nl.wmokader.core.monitoring.port.in.InviteClientCommand;
import nl.wmokader.core.monitoring.port.in.SurveyCommentsQuery;
import nl.wmokader.core.monitoring.port.in.SurveyResultsQuery;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The survey through the facade: residents of Bernheze are granted or refused support, one's
 * delivery ends; each is invited once, answers once, and the answers are kept without the client;
 * the results and free texts are shown to whom they may be.
 */
class SurveyScenarioTest {

  private static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  private static final MunicipalityCode BOEKEL = MunicipalityCode.of("0755");
  private static final Actor REGION = Actor.region();
  private static final Actor BERNHEZE_STAFF = Actor.municipality(BERNHEZE);
  private static final Actor ANALYST = Actor.analyst();
  private static final AgbCode MAASOEVER = AgbCode.of("98000001");
  private static final ProductCode GUIDANCE = ProductCode.of("02A01");

  private final MutableClock clock = new MutableClock(LocalDate.of(2025, 12, 1));
  private final InMemoryAdapters adapters = new InMemoryAdapters();
  private WmoKader wmo;
  private int nextClient = 100;

  @BeforeEach
  void a_region_with_guidance_and_a_contracted_provider() {
    wmo = adapters.builder().clock(clock).ids(new SequentialIds())
        .surveyTerms(new SurveyTerms(Questionnaire.standard(), 2)).build();
    var reference = RegionGen.reference();
    right(wmo.region().defineRegion().defineRegion(REGION, new DefineRegionCommand(reference.name(), reference.members())));
    right(wmo.catalogue().defineProduct().defineProduct(REGION, new DefineProductCommand(GUIDANCE, ProductCategory.GUIDANCE,
        "Individuele begeleiding (demo)", Unit.HOUR, ExecutionVariant.EFFORT_BASED, Option.some(Frequency.PER_WEEK),
        LocalDate.of(2024, 1, 1), Option.none(), Option.none())));
    right(wmo.catalogue().setReferenceTariff().setReferenceTariff(REGION,
        new SetReferenceTariffCommand(GUIDANCE, Money.euros(65, 40), LocalDate.of(2026, 1, 1), Option.none())));
    right(wmo.contracting().registerProvider().registerProvider(REGION,
        ContractingGen.registration(MAASOEVER, "Zorggroep De Maasoever (fictief)")));
    DateRange period = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
    right(wmo.contracting().contractProvider().contractProvider(REGION,
        new ContractProviderCommand(MAASOEVER, period, List.of(new NewLot(GUIDANCE, period, Option.none())))));
    clock.set(LocalDate.of(2026, 1, 21));
  }

  /** The next test-range BSN that passes the eleven-test. */
  private Bsn client() {
    Option<Bsn> bsn = Option.none();
    while (bsn.isEmpty()) {
      bsn = SharedGen.testBsnFrom(nextClient++);
    }
    return bsn.get();
  }

  private Indication applied(Bsn client) {
    return right(wmo.indication().submitApplication().submitApplication(BERNHEZE_STAFF,
        SubmitApplicationCommand.withoutReport(client, BERNHEZE, Option.none(), clock.today())));
  }

  private Indication granted(Bsn client) {
    return right(wmo.indication().decideOnApplication().decideOnApplication(BERNHEZE_STAFF,
        DecideOnApplicationCommand.grant(applied(client).id(), clock.today(), new GrantTerms(ProductCategory.GUIDANCE,
            Option.some(GUIDANCE), DeliveryForm.IN_KIND, 2, Unit.HOUR, Frequency.PER_WEEK, LocalDate.of(2026, 2, 1),
            Option.some(LocalDate.of(2026, 7, 31)), List.of("Keeps a job"), LocalDate.of(2026, 5, 1)))));
  }

  private Indication refused(Bsn client) {
    return right(wmo.indication().decideOnApplication().decideOnApplication(BERNHEZE_STAFF,
        DecideOnApplicationCommand.refuse(applied(client).id(), clock.today(), "Voorliggende voorziening volstaat")));
  }

  private Assignment delivering(Indication grant) {
    Assignment issued = right(wmo.indication().issueAssignment().issueAssignment(BERNHEZE_STAFF,
        new IssueAssignmentCommand(grant.id(), MAASOEVER, AssignmentType.SPECIFIC, Option.some(GUIDANCE),
            Option.some(new Volume(2, Unit.HOUR, Frequency.PER_WEEK)), LocalDate.of(2026, 2, 1),
            Option.some(LocalDate.of(2026, 7, 31)))));
    return onDay(LocalDate.of(2026, 2, 2), () -> right(wmo.indication().reportDeliveryStart().reportDeliveryStart(
        Actor.provider(MAASOEVER), new ReportDeliveryStartCommand(issued.id(), clock.today()))));
  }

  private Assignment stopped(Assignment delivering, StopReason reason) {
    return onDay(LocalDate.of(2026, 5, 29), () -> right(wmo.indication().reportDeliveryStop().reportDeliveryStop(
        Actor.provider(MAASOEVER), new ReportDeliveryStopCommand(delivering.id(), clock.today(), reason))));
  }

  /** What {@code step} answers on {@code day} (a provider reports what happened), the clock back after. */
  private <T> T onDay(LocalDate day, java.util.function.Supplier<T> step) {
    LocalDate before = clock.today();
    clock.set(day);
    try {
      return step.get();
    } finally {
      clock.set(before);
    }
  }

  private Invitation invite(Actor actor, InviteClientCommand command) {
    return right(wmo.monitoring().inviteClient().inviteClient(actor, command));
  }

  private Response answer(Invitation invitation, Map<String, String> answers) {
    return right(wmo.monitoring().answerSurvey().answerSurvey(REGION,
        right(AnswerSurveyCommand.read(invitation.id().toString(), answers))));
  }

  @Test
  void every_decision_granted_or_refused_and_every_ended_support_is_invited_with_its_profile() {
    Indication grant = granted(client());
    Indication refusal = refused(client());
    Assignment ended = stopped(delivering(grant), StopReason.ENDED_AS_PLANNED);

    Invitation afterGrant = invite(BERNHEZE_STAFF, InviteClientCommand.afterDecision(grant.id(), AgeBand.FROM_65_TO_74));
    Invitation afterRefusal = invite(REGION, InviteClientCommand.afterDecision(refusal.id(), AgeBand.FROM_18_TO_34));
    Invitation afterEnd = invite(BERNHEZE_STAFF, InviteClientCommand.afterEndedSupport(ended.id(), AgeBand.FROM_85));

    assertThat(afterGrant.profile().occasion()).isEqualTo(Occasion.GRANTED);
    assertThat(afterGrant.profile().category()).containsExactly(ProductCategory.GUIDANCE);
    assertThat(afterGrant.profile().form()).containsExactly(DeliveryForm.IN_KIND);
    assertThat(afterGrant.profile().member()).isEqualTo(BERNHEZE);
    assertThat(afterGrant.profile().ageBand()).isEqualTo(AgeBand.FROM_65_TO_74);
    assertThat(afterRefusal.profile().occasion()).isEqualTo(Occasion.REFUSED);
    assertThat(afterRefusal.profile().category()).isEmpty();
    assertThat(afterRefusal.profile().form()).isEmpty();
    assertThat(afterEnd.profile().occasion()).isEqualTo(Occasion.SUPPORT_ENDED);
    assertThat(afterEnd.profile().ageBand()).isEqualTo(AgeBand.FROM_85);
    assertThat(adapters.surveys().invitations()).hasSize(3);
  }

  @Test
  void inviting_twice_answers_the_first_invitation_and_makes_no_second() {
    Indication grant = granted(client());
    Invitation first = invite(BERNHEZE_STAFF, InviteClientCommand.afterDecision(grant.id(), AgeBand.FROM_50_TO_64));
    Invitation again = invite(REGION, InviteClientCommand.afterDecision(grant.id(), AgeBand.FROM_50_TO_64));
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(adapters.surveys().invitations()).hasSize(1);
  }

  @Test
  void no_invitation_before_a_decision_nor_for_a_running_replaced_or_deceaseds_support_nor_out_of_sight() {
    Indication open = applied(client());
    left(wmo.monitoring().inviteClient().inviteClient(REGION,
        InviteClientCommand.afterDecision(open.id(), AgeBand.UNKNOWN)), SurveyError.NotDecided.class);
    Indication grant = granted(client());
    Assignment running = delivering(grant);
    left(wmo.monitoring().inviteClient().inviteClient(REGION,
        InviteClientCommand.afterEndedSupport(running.id(), AgeBand.UNKNOWN)), SurveyError.NotEnded.class);
    Assignment died = stopped(delivering(granted(client())), StopReason.DECEASED);
    left(wmo.monitoring().inviteClient().inviteClient(REGION,
        InviteClientCommand.afterEndedSupport(died.id(), AgeBand.UNKNOWN)), SurveyError.NotEnded.class);
    // another member's case is as if absent
    left(wmo.monitoring().inviteClient().inviteClient(Actor.municipality(BOEKEL),
        InviteClientCommand.afterDecision(grant.id(), AgeBand.UNKNOWN)), CommonError.NotFound.class);
    left(wmo.monitoring().inviteClient().inviteClient(Actor.provider(MAASOEVER),
        InviteClientCommand.afterDecision(grant.id(), AgeBand.UNKNOWN)), CommonError.Forbidden.class);
    left(wmo.monitoring().inviteClient().inviteClient(ANALYST,
        InviteClientCommand.afterDecision(grant.id(), AgeBand.UNKNOWN)), CommonError.Forbidden.class);
    assertThat(adapters.surveys().invitations()).isEmpty();
  }

  @Test
  void a_response_is_stored_without_the_client_or_the_invitation_and_is_answered_once() {
    Bsn client = client();
    Indication grant = granted(client);
    Invitation invitation = invite(BERNHEZE_STAFF, InviteClientCommand.afterDecision(grant.id(), AgeBand.FROM_35_TO_49));
    clock.set(LocalDate.of(2026, 2, 14));
    Response response = answer(invitation, Map.of("helped-quickly", "4", "taken-seriously", "nvt",
        "remarks", "Fijn geholpen. Mijn BSN is " + client.value() + "."));

    assertThat(adapters.surveys().allResponses()).containsExactly(response);
    assertThat(response.profile()).isEqualTo(invitation.profile());
    assertThat(response.answeredIn()).isEqualTo(YearMonth.of(2026, 2));
    String stored = adapters.surveys().allResponses().toString();
    assertThat(stored).doesNotContain(client.value()).doesNotContain(invitation.id().toString())
        .doesNotContain(grant.id().value().toString()).contains("Mijn BSN is [BSN].");
    // the response's own id is fresh, not the invitation's
    assertThat(response.id().value()).isNotEqualTo(invitation.id().value());
    assertThat(adapters.surveys().findInvitation(invitation.id()).get().answered()).isTrue();

    left(wmo.monitoring().answerSurvey().answerSurvey(REGION,
        right(AnswerSurveyCommand.read(invitation.id().toString(), Map.of("helped-quickly", "1")))),
        SurveyError.AlreadyAnswered.class);
    assertThat(adapters.surveys().allResponses()).hasSize(1);
  }

  @Test
  void answers_are_checked_against_the_questionnaire_all_at_once() {
    Invitation invitation = invite(REGION, InviteClientCommand.afterDecision(refused(client()).id(), AgeBand.UNKNOWN));
    InvalidInput invalid = left(wmo.monitoring().answerSurvey().answerSurvey(REGION,
        right(AnswerSurveyCommand.read(invitation.id().toString(), Map.of("helped-quickly", "6",
            "taken-seriously", "0", "favourite-colour", "blauw", "remarks", "x".repeat(2_001))))), InvalidInput.class);
    assertThat(invalid.errors()).extracting(e -> e.field() + " " + e.code()).containsExactlyInAnyOrder(
        "answers.helped-quickly out_of_scale", "answers.taken-seriously out_of_scale",
        "answers.favourite-colour unknown_question", "answers.remarks too_long");
    left(wmo.monitoring().answerSurvey().answerSurvey(REGION,
        right(AnswerSurveyCommand.read(invitation.id().toString(), Map.of("remarks", "   ")))), InvalidInput.class);
    assertThat(adapters.surveys().findInvitation(invitation.id()).get().answered()).as("a refused answer answers nothing")
        .isFalse();
    assertThat(adapters.surveys().allResponses()).isEmpty();
  }

  @Test
  void a_member_answers_only_for_its_own_residents_and_an_unknown_token_is_not_found() {
    Invitation invitation = invite(REGION, InviteClientCommand.afterDecision(refused(client()).id(), AgeBand.UNKNOWN));
    AnswerSurveyCommand answers = right(AnswerSurveyCommand.read(invitation.id().toString(), Map.of("helped-quickly", "2")));
    left(wmo.monitoring().answerSurvey().answerSurvey(Actor.municipality(BOEKEL), answers), CommonError.NotFound.class);
    left(wmo.monitoring().answerSurvey().answerSurvey(ANALYST, answers), CommonError.Forbidden.class);
    left(wmo.monitoring().answerSurvey().answerSurvey(REGION, right(AnswerSurveyCommand.read(
        "00000000-0000-0000-0000-00000000beef", Map.of("helped-quickly", "2")))), CommonError.NotFound.class);
    right(wmo.monitoring().answerSurvey().answerSurvey(BERNHEZE_STAFF, answers));
  }

  @Test
  void results_go_to_the_region_members_and_analysts_and_free_texts_to_the_region_only() {
    for (int i = 0; i < 3; i++) {
      answer(invite(REGION, InviteClientCommand.afterDecision(granted(client()).id(), AgeBand.FROM_18_TO_34)),
          Map.of("helped-quickly", i < 2 ? "5" : "2", "remarks", "Opmerking " + i));
    }
    SurveyResultsQuery byOccasion = SurveyResultsQuery.allTime(Breakdown.OCCASION);
    for (Actor reader : List.of(REGION, BERNHEZE_STAFF, Actor.municipality(BOEKEL), ANALYST)) {
      var results = right(wmo.monitoring().surveyResults().surveyResults(reader, byOccasion));
      Cell.Shown quickly = (Cell.Shown) results.group("granted").get().cell("helped-quickly").get();
      assertThat(quickly.respondents()).isEqualTo(3);
      assertThat(quickly.agreeing()).isEqualTo(2);
      assertThat(quickly.agreeBasisPoints()).isEqualTo(6_667);
      assertThat(results.toString()).doesNotContain("Opmerking");
    }
    left(wmo.monitoring().surveyResults().surveyResults(Actor.provider(MAASOEVER), byOccasion), CommonError.Forbidden.class);
    left(wmo.monitoring().surveyResults().surveyResults(Actor.supervisor(), byOccasion), CommonError.Forbidden.class);

    var comments = right(wmo.monitoring().surveyComments().surveyComments(REGION, SurveyCommentsQuery.wholeRegion()));
    assertThat(comments.texts().map(t -> t._2)).containsExactly("Opmerking 0", "Opmerking 1", "Opmerking 2");
    for (Actor other : List.of(BERNHEZE_STAFF, ANALYST, Actor.supervisor(), Actor.provider(MAASOEVER))) {
      left(wmo.monitoring().surveyComments().surveyComments(other, SurveyCommentsQuery.wholeRegion()),
          CommonError.Forbidden.class);
    }
  }

  @Test
  void an_installation_without_a_survey_store_says_so() {
    WmoKader without = nl.wmokader.core.WmoKader.builder().ports(new nl.wmokader.core.DrivenPorts(
        adapters.auditTrail(), adapters.regions(), adapters.products(), adapters.providers(), adapters.contracts(),
        adapters.refusals(), adapters.spendingReports(), adapters.qualityDeclarations(), adapters.indications(),
        adapters.assignments(), adapters.assignmentRequests(), adapters.claims(), adapters.recoveries(), adapters.budgets(), adapters.signals(),
        adapters.calamities(), adapters.investigations())).clock(clock).ids(new SequentialIds()).build();
    left(without.monitoring().surveyResults().surveyResults(ANALYST, SurveyResultsQuery.allTime(Breakdown.REGION)),
        SurveyError.NotKept.class);
    left(without.monitoring().surveyResults().surveyResults(Actor.provider(MAASOEVER),
        SurveyResultsQuery.allTime(Breakdown.REGION)), CommonError.Forbidden.class);
  }
}
