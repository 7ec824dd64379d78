package nl.wmokader.core.supervision;

import static nl.wmokader.core.supervision.SupervisionWorld.PROVIDER_STAFF;
import static nl.wmokader.core.supervision.SupervisionWorld.REGION;
import static nl.wmokader.core.supervision.SupervisionWorld.SUPERVISOR;
import static nl.wmokader.core.supervision.SupervisionWorld.OTHER_PROVIDER_STAFF;
import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import nl.wmokader.core.obligations.domain.EvaluationStatus;
import nl.wmokader.core.obligations.domain.ObligationEvaluation;
import nl.wmokader.core.obligations.domain.ObligationKind;
import nl.wmokader.core.obligations.port.in.EvaluateObligationsQuery;
import nl.wmokader.core.settlement.ClaimGen;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.supervision.domain.IncidentKind;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationError;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.domain.Verdict;
import nl.wmokader.core.supervision.port.in.AddOutcomeCommand;
import nl.wmokader.core.supervision.port.in.RecordFindingCommand;
import nl.wmokader.core.supervision.port.in.ReportCalamityCommand;
import nl.wmokader.core.supervision.port.in.ReportMeasureCommand;
import org.junit.jupiter.api.Test;

/** Supervision's calamities, measures and findings feed contracting's obligations through the composition. */
class SupervisionObligationsTest {

  private final SupervisionWorld world = new SupervisionWorld();

  private ObligationEvaluation evaluate(ObligationKind kind) {
    return right(world.wmo.obligations().evaluateObligations().evaluateObligations(REGION,
        new EvaluateObligationsQuery(ClaimGen.PROVIDER, 2026))).of(kind);
  }

  @Test
  void a_calamity_reported_late_is_a_shortfall_in_the_reporting_obligation() {
    // Monday 2 March 2026; reported on Friday 6 March, after the 2 working days.
    world.clock.set(LocalDate.of(2026, 3, 9));
    right(world.wmo.supervision().reportCalamity().reportCalamity(REGION, new ReportCalamityCommand(ClaimGen.PROVIDER,
        IncidentKind.CALAMITY, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), "Medicatiefout met letsel")));
    right(world.wmo.supervision().reportCalamity().reportCalamity(PROVIDER_STAFF, new ReportCalamityCommand(ClaimGen.PROVIDER,
        IncidentKind.VIOLENCE_INCIDENT, LocalDate.of(2026, 3, 9), null, "Geweld tussen cliënten")));
    world.clock.set(LocalDate.of(2027, 1, 15));
    ObligationEvaluation reporting = evaluate(ObligationKind.REPORTING);
    assertThat(reporting.status()).isEqualTo(EvaluationStatus.SHORTFALL);
    assertThat(reporting.details()).isEqualTo(new ObligationEvaluation.Reporting(2, 1, 1, 0, 0));
  }

  @Test
  void calamities_reported_on_time_make_the_reporting_obligation_compliant() {
    right(world.wmo.supervision().reportCalamity().reportCalamity(PROVIDER_STAFF, new ReportCalamityCommand(ClaimGen.PROVIDER,
        IncidentKind.CALAMITY, LocalDate.of(2026, 2, 27), null, "Val")));
    world.clock.set(LocalDate.of(2027, 1, 15));
    assertThat(evaluate(ObligationKind.REPORTING).status()).isEqualTo(EvaluationStatus.COMPLIANT);
  }

  /** An instruction decided on {@code day} in a final report: the measure at index 0. */
  private Investigation instructionDecidedOn(LocalDate day) {
    Investigation i = world.upTo(world.openOnSignal(InvestigationScope.QUALITY), InvestigationStatus.FINAL_REPORT);
    world.clock.set(day);
    return right(world.wmo.supervision().addOutcome().addOutcome(SUPERVISOR, new AddOutcomeCommand(i.id(),
        new Outcome.Instruction("Medicatiebeleid op orde", day.plusDays(30)))));
  }

  @Test
  void a_measure_reported_eight_days_after_it_was_imposed_is_a_shortfall() {
    Investigation i = instructionDecidedOn(LocalDate.of(2026, 4, 1));
    world.clock.set(LocalDate.of(2026, 4, 9));
    Investigation reported = right(world.wmo.supervision().reportMeasure().reportMeasure(PROVIDER_STAFF,
        new ReportMeasureCommand(i.id(), 0, null)));
    assertThat(reported.measures().get(0).reportedOn()).contains(LocalDate.of(2026, 4, 9));
    world.clock.set(LocalDate.of(2027, 1, 15));
    ObligationEvaluation reporting = evaluate(ObligationKind.REPORTING);
    assertThat(reporting.status()).isEqualTo(EvaluationStatus.SHORTFALL);
    assertThat(reporting.details()).isEqualTo(new ObligationEvaluation.Reporting(1, 0, 1, 0, 0));
  }

  @Test
  void a_measure_reported_within_seven_days_keeps_the_reporting_obligation_compliant() {
    Investigation i = instructionDecidedOn(LocalDate.of(2026, 4, 1));
    world.clock.set(LocalDate.of(2026, 4, 20));
    // The region records the provider's report of 8 April, the seventh day.
    right(world.wmo.supervision().reportMeasure().reportMeasure(REGION, new ReportMeasureCommand(i.id(), 0, LocalDate.of(2026, 4, 8))));
    world.clock.set(LocalDate.of(2027, 1, 15));
    ObligationEvaluation reporting = evaluate(ObligationKind.REPORTING);
    assertThat(reporting.status()).isEqualTo(EvaluationStatus.COMPLIANT);
    assertThat(reporting.details()).isEqualTo(new ObligationEvaluation.Reporting(1, 1, 0, 0, 0));
  }

  @Test
  void a_measure_never_reported_is_missing_and_improvement_points_are_not_counted() {
    Investigation i = instructionDecidedOn(LocalDate.of(2026, 4, 1));
    right(world.wmo.supervision().addOutcome().addOutcome(SUPERVISOR, new AddOutcomeCommand(i.id(),
        Outcome.ImprovementPoint.open("Dossiers bijwerken", LocalDate.of(2026, 6, 1)))));
    world.clock.set(LocalDate.of(2027, 1, 15));
    assertThat(evaluate(ObligationKind.REPORTING).details()).isEqualTo(new ObligationEvaluation.Reporting(1, 0, 0, 1, 0));
  }

  @Test
  void only_the_provider_itself_or_staff_report_a_measure_and_never_in_the_future() {
    Investigation i = instructionDecidedOn(LocalDate.of(2026, 4, 1));
    left(world.wmo.supervision().reportMeasure().reportMeasure(OTHER_PROVIDER_STAFF, new ReportMeasureCommand(i.id(), 0, null)),
        CommonError.NotFound.class);
    // Staff record the provider's report: they say when it was made.
    left(world.wmo.supervision().reportMeasure().reportMeasure(REGION, new ReportMeasureCommand(i.id(), 0, null)), InvalidInput.class);
    left(world.wmo.supervision().reportMeasure().reportMeasure(REGION, new ReportMeasureCommand(i.id(), 0, LocalDate.of(2026, 4, 2))),
        InvalidInput.class);
    left(world.wmo.supervision().reportMeasure().reportMeasure(PROVIDER_STAFF, new ReportMeasureCommand(i.id(), 1, null)),
        InvestigationError.NoSuchMeasure.class);
    right(world.wmo.supervision().reportMeasure().reportMeasure(PROVIDER_STAFF, new ReportMeasureCommand(i.id(), 0, null)));
    left(world.wmo.supervision().reportMeasure().reportMeasure(PROVIDER_STAFF, new ReportMeasureCommand(i.id(), 0, null)),
        InvestigationError.MeasureAlreadyReported.class);
  }

  private Investigation withFindings(Verdict... verdicts) {
    Investigation i = world.upTo(world.openOnSignal(InvestigationScope.QUALITY), InvestigationStatus.INVESTIGATING);
    int n = 0;
    for (Verdict v : verdicts) {
      n++;
      i = right(world.wmo.supervision().recordFinding().recordFinding(SUPERVISOR, new RecordFindingCommand(i.id(), "K" + n,
          "Norm " + n, v, "Toelichting")));
    }
    return i;
  }

  @Test
  void a_norm_not_met_in_a_final_report_contradicts_the_quality_framework() {
    Investigation i = withFindings(Verdict.DOES_NOT_MEET, Verdict.PARTLY_MEETS, Verdict.MEETS);
    world.clock.set(LocalDate.of(2027, 1, 15));
    // Not established before the final report: the draft may still change.
    assertThat(evaluate(ObligationKind.QUALITY_FRAMEWORK).details()).isEqualTo(
        new ObligationEvaluation.Quality(io.vavr.control.Option.none(), 0));
    world.clock.set(LocalDate.of(2026, 6, 1));
    world.upTo(i, InvestigationStatus.FINAL_REPORT);
    world.clock.set(LocalDate.of(2027, 1, 15));
    ObligationEvaluation quality = evaluate(ObligationKind.QUALITY_FRAMEWORK);
    assertThat(quality.status()).isEqualTo(EvaluationStatus.SHORTFALL);
    assertThat(((ObligationEvaluation.Quality) quality.details()).contradictingFindings()).isEqualTo(1);
  }

  @Test
  void partly_met_norms_do_not_contradict_the_framework() {
    Investigation i = withFindings(Verdict.PARTLY_MEETS);
    world.upTo(i, InvestigationStatus.FINAL_REPORT);
    world.clock.set(LocalDate.of(2027, 1, 15));
    assertThat(((ObligationEvaluation.Quality) evaluate(ObligationKind.QUALITY_FRAMEWORK).details())
        .contradictingFindings()).isZero();
    assertThat(List.of(evaluate(ObligationKind.QUALITY_FRAMEWORK).status())).doesNotContain(EvaluationStatus.COMPLIANT);
  }
}
