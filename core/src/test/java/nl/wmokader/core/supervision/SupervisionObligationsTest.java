package nl.wmokader.core.supervision;

import static nl.wmokader.core.supervision.SupervisionWorld.PROVIDER_STAFF;
import static nl.wmokader.core.supervision.SupervisionWorld.REGION;
import static nl.wmokader.core.supervision.SupervisionWorld.SUPERVISOR;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.EvaluationStatus;
import nl.wmokader.core.contracting.domain.ObligationEvaluation;
import nl.wmokader.core.contracting.domain.ObligationKind;
import nl.wmokader.core.contracting.port.in.EvaluateObligationsQuery;
import nl.wmokader.core.settlement.ClaimGen;
import nl.wmokader.core.supervision.domain.IncidentKind;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.Verdict;
import nl.wmokader.core.supervision.port.in.RecordFindingCommand;
import nl.wmokader.core.supervision.port.in.ReportCalamityCommand;
import org.junit.jupiter.api.Test;

/** Supervision's calamities and findings now feed contracting's obligations through the composition. */
class SupervisionObligationsTest {

  private final SupervisionWorld world = new SupervisionWorld();

  private ObligationEvaluation evaluate(ObligationKind kind) {
    return right(world.wmo.evaluateObligations().evaluateObligations(REGION,
        new EvaluateObligationsQuery(ClaimGen.PROVIDER, 2026))).of(kind);
  }

  @Test
  void a_calamity_reported_late_is_a_shortfall_in_the_reporting_obligation() {
    // Monday 2 March 2026; reported on Friday 6 March, after the 2 working days.
    world.clock.set(LocalDate.of(2026, 3, 9));
    right(world.wmo.reportCalamity().reportCalamity(REGION, new ReportCalamityCommand(ClaimGen.PROVIDER,
        IncidentKind.CALAMITY, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), "Medicatiefout met letsel")));
    right(world.wmo.reportCalamity().reportCalamity(PROVIDER_STAFF, new ReportCalamityCommand(ClaimGen.PROVIDER,
        IncidentKind.VIOLENCE_INCIDENT, LocalDate.of(2026, 3, 9), null, "Geweld tussen cliënten")));
    world.clock.set(LocalDate.of(2027, 1, 15));
    ObligationEvaluation reporting = evaluate(ObligationKind.REPORTING);
    assertThat(reporting.status()).isEqualTo(EvaluationStatus.SHORTFALL);
    assertThat(reporting.details()).isEqualTo(new ObligationEvaluation.Reporting(2, 1, 1, 0, 0));
  }

  @Test
  void calamities_reported_on_time_make_the_reporting_obligation_compliant() {
    right(world.wmo.reportCalamity().reportCalamity(PROVIDER_STAFF, new ReportCalamityCommand(ClaimGen.PROVIDER,
        IncidentKind.CALAMITY, LocalDate.of(2026, 2, 27), null, "Val")));
    world.clock.set(LocalDate.of(2027, 1, 15));
    assertThat(evaluate(ObligationKind.REPORTING).status()).isEqualTo(EvaluationStatus.COMPLIANT);
  }

  private Investigation withFindings(Verdict... verdicts) {
    Investigation i = world.upTo(world.openOnSignal(InvestigationScope.QUALITY), InvestigationStatus.INVESTIGATING);
    int n = 0;
    for (Verdict v : verdicts) {
      n++;
      i = right(world.wmo.recordFinding().recordFinding(SUPERVISOR, new RecordFindingCommand(i.id(), "K" + n,
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
