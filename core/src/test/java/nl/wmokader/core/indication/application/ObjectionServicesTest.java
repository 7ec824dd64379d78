package nl.wmokader.core.indication.application;

import static nl.wmokader.core.indication.IndicationFixture.BERNHEZE;
import static nl.wmokader.core.indication.IndicationFixture.OSS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import nl.wmokader.core.indication.IndicationFixture;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationError;
import nl.wmokader.core.indication.domain.IntakeDeadlines;
import nl.wmokader.core.indication.domain.IntakeTerms;
import nl.wmokader.core.indication.domain.ObjectionOutcome;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.indication.port.in.DecideOnObjectionCommand;
import nl.wmokader.core.indication.port.in.FileObjectionCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.WorkingDayCalendar;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;

class ObjectionServicesTest {

  private static final Actor REGION = Actor.region();
  private static final LocalDate DECIDED = LocalDate.of(2025, 3, 10);
  /** 10 March + 6 weeks is Easter Monday 21 April 2025, so the window closes on Tuesday 22 April. */
  private static final LocalDate WINDOW_END = LocalDate.of(2025, 4, 22);

  private final IndicationFixture f = new IndicationFixture(LocalDate.of(2025, 12, 1));

  private Indication decided(IndicationFixture fixture) {
    Indication applied = fixture.applied(REGION, OSS, DECIDED.minusDays(5));
    return Results.right(fixture.intake.decideOnApplication(REGION,
        DecideOnApplicationCommand.refuse(applied.id(), DECIDED, "Eigen kracht volstaat")));
  }

  @Test
  void an_objection_on_the_last_day_of_the_window_is_in_time_and_the_day_after_late() {
    Indication inTime = Results.right(f.objections.fileObjection(REGION, new FileObjectionCommand(decided(f).id(), WINDOW_END)));
    Indication late = Results.right(f.objections.fileObjection(REGION,
        new FileObjectionCommand(decided(f).id(), WINDOW_END.plusDays(1))));

    assertThat(f.deadlines.objectionWindowEnd(inTime)).contains(WINDOW_END);
    assertThat(inTime.objection().get().late()).isFalse();
    assertThat(late.objection().get().late()).isTrue();
    assertThat(late.objection().get().isDecided()).isFalse();
  }

  @Test
  void the_decision_on_an_objection_is_due_after_the_reference_twelve_weeks_or_a_configured_term() {
    Indication filed = Results.right(f.objections.fileObjection(REGION, new FileObjectionCommand(decided(f).id(), DECIDED.plusDays(1))));
    // 11 March + 12 weeks = Tuesday 3 June 2025
    assertThat(f.deadlines.objectionDecisionDue(filed)).contains(LocalDate.of(2025, 6, 3));

    IntakeDeadlines sixWeeks = new IntakeDeadlines(IntakeTerms.reference().withObjectionDecision(Period.ofWeeks(6)),
        WorkingDayCalendar.generalTermsAct());
    IndicationFixture configured = new IndicationFixture(LocalDate.of(2025, 12, 1), sixWeeks, IndicationFixture.catalogue(IndicationFixture.CATALOGUE));
    Indication other = Results.right(configured.objections.fileObjection(REGION,
        new FileObjectionCommand(decided(configured).id(), DECIDED)));
    assertThat(configured.deadlines.objectionDecisionDue(other)).contains(WINDOW_END);
  }

  @Test
  void an_objection_is_decided_once_with_its_outcome() {
    Indication filed = Results.right(f.objections.fileObjection(REGION, new FileObjectionCommand(decided(f).id(), DECIDED.plusDays(3))));
    Indication upheld = Results.right(f.objections.decideOnObjection(Actor.municipality(OSS),
        new DecideOnObjectionCommand(filed.id(), ObjectionOutcome.UPHELD, DECIDED.plusDays(40))));

    assertThat(upheld.objection().get().outcome()).contains(ObjectionOutcome.UPHELD);
    assertThat(upheld.objection().get().decidedOn()).contains(DECIDED.plusDays(40));
    Results.left(f.objections.decideOnObjection(REGION,
        new DecideOnObjectionCommand(filed.id(), ObjectionOutcome.DISMISSED, DECIDED.plusDays(41))),
        IndicationError.ObjectionAlreadyDecided.class);
  }

  @Test
  void an_objection_needs_a_decision_and_comes_once() {
    Indication applied = f.applied(REGION, OSS, DECIDED);
    Results.left(f.objections.fileObjection(REGION, new FileObjectionCommand(applied.id(), DECIDED.plusDays(9))),
        IndicationError.ObjectionWithoutDecision.class);

    Indication decided = decided(f);
    Results.left(f.objections.fileObjection(REGION, new FileObjectionCommand(decided.id(), DECIDED.minusDays(1))),
        IndicationError.BeforePreviousStep.class);
    Results.right(f.objections.fileObjection(REGION, new FileObjectionCommand(decided.id(), DECIDED)));
    Results.left(f.objections.fileObjection(REGION, new FileObjectionCommand(decided.id(), DECIDED.plusDays(2))),
        IndicationError.ObjectionAlreadyFiled.class);
  }

  @Test
  void deciding_needs_a_filed_objection_an_outcome_and_a_date_not_before_the_filing() {
    Indication decided = decided(f);
    Results.left(f.objections.decideOnObjection(REGION,
        new DecideOnObjectionCommand(decided.id(), ObjectionOutcome.DISMISSED, DECIDED.plusDays(9))),
        IndicationError.NoObjection.class);

    Results.right(f.objections.fileObjection(REGION, new FileObjectionCommand(decided.id(), DECIDED.plusDays(10))));
    Results.left(f.objections.decideOnObjection(REGION,
        new DecideOnObjectionCommand(decided.id(), ObjectionOutcome.INADMISSIBLE, DECIDED.plusDays(9))),
        IndicationError.BeforePreviousStep.class);
    var missing = Results.left(f.objections.decideOnObjection(REGION,
        new DecideOnObjectionCommand(decided.id(), null, f.clock.today().plusDays(1))), InvalidInput.class);
    assertThat(missing.errors().map(e -> e.field() + ":" + e.code()))
        .containsExactlyInAnyOrder("outcome:required", "decidedOn:in_future");
  }

  @Test
  void another_municipality_neither_files_nor_decides_objections_on_the_case() {
    Indication decided = decided(f);
    Actor bernheze = Actor.municipality(BERNHEZE);
    Results.left(f.objections.fileObjection(bernheze, new FileObjectionCommand(decided.id(), DECIDED)),
        CommonError.NotFound.class);
    Results.left(f.objections.decideOnObjection(bernheze,
        new DecideOnObjectionCommand(decided.id(), ObjectionOutcome.DISMISSED, DECIDED)), CommonError.NotFound.class);
    Results.left(f.objections.decideOnObjection(Actor.supervisor(),
        new DecideOnObjectionCommand(decided.id(), ObjectionOutcome.DISMISSED, DECIDED)), CommonError.Forbidden.class);
    assertThat(f.repository.findById(decided.id()).get().objection()).isEmpty();
  }

  @Test
  void a_missing_case_id_is_reported_with_the_other_fields() {
    var error = Results.left(f.objections.fileObjection(REGION, new FileObjectionCommand(null, null)), InvalidInput.class);
    assertThat(error.errors().map(FieldError::field)).containsExactlyInAnyOrder("indication", "filedOn");
  }
}
