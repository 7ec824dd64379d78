package nl.wmokader.core.supervision;

import static nl.wmokader.core.supervision.InvestigationGen.MAASDRIEL;
import static nl.wmokader.core.supervision.InvestigationGen.OSS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.supervision.domain.Finding;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationError;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.InvestigationTrigger;
import nl.wmokader.core.supervision.domain.MeasureRecord;
import nl.wmokader.core.supervision.domain.MemberInformed;
import nl.wmokader.core.supervision.domain.Outcome.ImprovementPoint;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.domain.Verdict;
import org.junit.jupiter.api.Test;

class InvestigationTest {

  private static final LocalDate D = LocalDate.of(2025, 3, 3);
  private static final Finding MEETS = new Finding("K01", "Vraagverheldering", Verdict.MEETS, "Op orde");
  private static final Finding SHORT = new Finding("K03", "Evaluatie", Verdict.PARTLY_MEETS, "Evaluaties te laat");

  private static Investigation opened() {
    return InvestigationGen.opened(D);
  }

  private static Investigation investigating() {
    return opened().startInvestigating(D.plusDays(1)).get();
  }

  private static Investigation draft() {
    return investigating().recordFinding(SHORT).get().draftReport(D.plusDays(10)).get();
  }

  private static Investigation responding() {
    return draft().requestProviderResponse(D.plusDays(11), D.plusDays(25)).get();
  }

  private static Investigation finalReport() {
    return responding().finalReport(D.plusDays(30)).get();
  }

  private static Investigation followUp() {
    return finalReport().addOutcome(ImprovementPoint.open("Evaluaties binnen termijn", D.plusDays(90)), D.plusDays(30)).get()
        .startFollowUp(D.plusDays(31)).get();
  }

  private static <T> InvestigationError refused(Either<InvestigationError, T> result) {
    assertThat(result.isLeft()).as("expected a refusal, got %s", result).isTrue();
    return result.getLeft();
  }

  @Test
  void an_opened_investigation_starts_at_opened_on_its_day() {
    Investigation i = opened();
    assertThat(i.status()).isEqualTo(InvestigationStatus.OPENED);
    assertThat(i.statusSince()).isEqualTo(D);
    assertThat(i.findings().isEmpty() && i.outcomes().isEmpty() && i.informed().isEmpty()).isTrue();
    assertThat(i.version()).isZero();
  }

  @Test
  void a_signal_driven_trigger_names_its_signals_once_and_at_least_one() {
    SignalId s = new SignalId(new UUID(7, 1));
    assertThat(new InvestigationTrigger.SignalDriven(List.of(s, s)).signals()).containsExactly(s);
    assertThatThrownBy(() -> new InvestigationTrigger.SignalDriven(List.empty())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_steps_in_order_take_an_investigation_from_opened_to_closed() {
    Investigation done = followUp().followUp(0, D.plusDays(80)).get().close(D.plusDays(81)).get();
    assertThat(done.status()).isEqualTo(InvestigationStatus.CLOSED);
    assertThat(done.statusSince()).isEqualTo(D.plusDays(81));
    assertThat(done.responseDue()).isEqualTo(Option.some(D.plusDays(25)));
    assertThat(done.improvementPoints().head().followedUpOn()).isEqualTo(Option.some(D.plusDays(80)));
  }

  @Test
  void a_step_may_not_be_skipped() {
    assertThat(refused(opened().draftReport(D))).isInstanceOf(InvestigationError.NotInStep.class);
    assertThat(refused(investigating().requestProviderResponse(D.plusDays(2), D.plusDays(20))))
        .isInstanceOf(InvestigationError.NotInStep.class);
    assertThat(refused(draft().finalReport(D.plusDays(20)))).isInstanceOf(InvestigationError.NotInStep.class);
    assertThat(refused(responding().startFollowUp(D.plusDays(40)))).isInstanceOf(InvestigationError.NotInStep.class);
    assertThat(refused(finalReport().close(D.plusDays(40)))).isInstanceOf(InvestigationError.NotInStep.class);
    assertThat(refused(investigating().startInvestigating(D.plusDays(2)))).isInstanceOf(InvestigationError.NotInStep.class);
  }

  @Test
  void a_step_dated_before_the_previous_one_is_refused_but_the_same_day_is_fine() {
    InvestigationError e = refused(opened().startInvestigating(D.minusDays(1)));
    assertThat(e).isEqualTo(new InvestigationError.BeforePreviousStep(opened().id(), "start investigating", D.minusDays(1), D));
    assertThat(opened().startInvestigating(D).isRight()).isTrue();
    assertThat(refused(investigating().draftReport(D))).isInstanceOf(InvestigationError.BeforePreviousStep.class);
    assertThat(refused(draft().requestProviderResponse(D.plusDays(9), D.plusDays(20))))
        .isInstanceOf(InvestigationError.BeforePreviousStep.class);
    assertThat(refused(responding().finalReport(D.plusDays(10)))).isInstanceOf(InvestigationError.BeforePreviousStep.class);
  }

  @Test
  void the_response_deadline_is_not_before_the_day_it_is_set() {
    assertThat(refused(draft().requestProviderResponse(D.plusDays(11), D.plusDays(10))))
        .isEqualTo(new InvestigationError.DateInPast(opened().id(), "responseDue", D.plusDays(10), D.plusDays(11)));
    assertThat(draft().requestProviderResponse(D.plusDays(11), D.plusDays(11)).get().responseDue())
        .isEqualTo(Option.some(D.plusDays(11)));
  }

  @Test
  void closed_is_final() {
    Investigation closed = finalReport().addOutcome(new Outcome.Instruction("Verbeterplan", D.plusDays(60)), D.plusDays(30)).get()
        .startFollowUp(D.plusDays(30)).get().close(D.plusDays(30)).get();
    LocalDate later = D.plusDays(100);
    for (Either<InvestigationError, Investigation> r : java.util.List.of(
        closed.close(later), closed.startInvestigating(later), closed.recordFinding(MEETS),
        closed.addOutcome(new Outcome.FraudReport("Politie"), later), closed.followUp(0, later),
        closed.inform(List.of(OSS), later))) {
      assertThat(refused(r)).isEqualTo(new InvestigationError.Closed(closed.id()));
    }
  }

  @Test
  void findings_are_recorded_while_investigating_or_drafting_one_per_norm() {
    Investigation i = investigating().recordFinding(SHORT).get().recordFinding(MEETS).get();
    Finding revised = new Finding("K03", "Evaluatie", Verdict.MEETS, "Na wederhoor: op orde");
    Investigation drafted = i.draftReport(D.plusDays(5)).get().recordFinding(revised).get();
    assertThat(drafted.findings()).containsExactly(revised, MEETS);
    assertThat(refused(opened().recordFinding(MEETS))).isInstanceOf(InvestigationError.NotInStep.class);
    assertThat(refused(responding().recordFinding(MEETS))).isInstanceOf(InvestigationError.NotInStep.class);
    assertThat(refused(finalReport().recordFinding(MEETS))).isInstanceOf(InvestigationError.NotInStep.class);
  }

  @Test
  void outcomes_only_once_a_final_report_exists() {
    Outcome point = ImprovementPoint.open("Evaluaties binnen termijn", D.plusDays(90));
    assertThat(refused(draft().addOutcome(point, D.plusDays(20)))).isInstanceOf(InvestigationError.NotInStep.class);
    assertThat(refused(responding().addOutcome(point, D.plusDays(20)))).isInstanceOf(InvestigationError.NotInStep.class);
    assertThat(finalReport().addOutcome(point, D.plusDays(30)).get().outcomes()).containsExactly(point);
    assertThat(followUp().addOutcome(new Outcome.Instruction("Verbeterplan indienen", D.plusDays(60)), D.plusDays(40))
        .get().outcomes()).hasSize(2);
    assertThat(refused(finalReport().addOutcome(point, D.plusDays(29)))).isInstanceOf(InvestigationError.BeforePreviousStep.class);
  }

  @Test
  void deadlines_and_start_dates_in_the_past_are_refused() {
    LocalDate today = D.plusDays(40);
    Investigation f = finalReport();
    for (Outcome o : java.util.List.<Outcome>of(
        ImprovementPoint.open("x", today.minusDays(1)),
        new Outcome.Instruction("x", today.minusDays(1)),
        new Outcome.ClientStop(today.minusDays(1), Option.none()),
        new Outcome.ContractSuspension(today.minusDays(1), Option.some(today.plusDays(30))),
        new Outcome.ContractTermination(today.minusDays(1)))) {
      assertThat(refused(f.addOutcome(o, today))).as(o.toString()).isInstanceOf(InvestigationError.DateInPast.class);
      assertThat(f.addOutcome(o, today.minusDays(1)).isRight()).as(o.toString()).isTrue();
    }
    assertThat(refused(f.addOutcome(new Outcome.ClientStop(today, Option.some(today.minusDays(1))), today)))
        .isInstanceOf(InvestigationError.InvalidOutcome.class);
    assertThat(refused(f.addOutcome(new ImprovementPoint("x", today, Option.some(today)), today)))
        .isInstanceOf(InvestigationError.InvalidOutcome.class);
  }

  @Test
  void a_recovery_is_positive_per_member_one_part_each_and_totals_its_parts() {
    Investigation f = finalReport();
    LocalDate today = D.plusDays(30);
    Outcome.Recovery recovery = Outcome.Recovery.of(new Outcome.Recovery.Part(OSS, Money.ofCents(125_000)),
        new Outcome.Recovery.Part(MAASDRIEL, Money.ofCents(1)));
    assertThat(recovery.total()).isEqualTo(Money.ofCents(125_001));
    assertThat(f.addOutcome(recovery, today).get().outcomes()).containsExactly(recovery);
    assertThat(refused(f.addOutcome(Outcome.Recovery.of(new Outcome.Recovery.Part(OSS, Money.ofCents(5)),
        new Outcome.Recovery.Part(MAASDRIEL, Money.ZERO)), today)))
        .isEqualTo(new InvestigationError.AmountNotPositive(f.id(), MAASDRIEL));
    assertThat(refused(f.addOutcome(Outcome.Recovery.of(new Outcome.Recovery.Part(OSS, Money.ofCents(-5))), today)))
        .isInstanceOf(InvestigationError.AmountNotPositive.class);
    assertThat(refused(f.addOutcome(new Outcome.Recovery(List.empty()), today)))
        .isInstanceOf(InvestigationError.InvalidOutcome.class);
    assertThat(refused(f.addOutcome(Outcome.Recovery.of(new Outcome.Recovery.Part(OSS, Money.ofCents(5)),
        new Outcome.Recovery.Part(OSS, Money.ofCents(6))), today))).isInstanceOf(InvestigationError.InvalidOutcome.class);
  }

  @Test
  void no_findings_stands_alone_and_follows_no_shortfall() {
    LocalDate today = D.plusDays(30);
    Investigation shortfall = finalReport();
    assertThat(refused(shortfall.addOutcome(new Outcome.NoFindings(), today)))
        .isInstanceOf(InvestigationError.ContradictoryOutcome.class);
    Investigation clean = investigating().recordFinding(MEETS).get().draftReport(D.plusDays(2)).get()
        .requestProviderResponse(D.plusDays(2), D.plusDays(9)).get().finalReport(D.plusDays(9)).get();
    Investigation nothing = clean.addOutcome(new Outcome.NoFindings(), today).get();
    assertThat(refused(nothing.addOutcome(new Outcome.FraudReport("Politie"), today)))
        .isInstanceOf(InvestigationError.ContradictoryOutcome.class);
    assertThat(refused(clean.addOutcome(new Outcome.Instruction("x", today), today).get()
        .addOutcome(new Outcome.NoFindings(), today))).isInstanceOf(InvestigationError.ContradictoryOutcome.class);
  }

  @Test
  void each_formal_measure_keeps_its_decision_day_and_is_reported_once_not_before_it() {
    Investigation f = followUp()
        .addOutcome(new Outcome.FraudReport("Politie"), D.plusDays(40)).get()
        .addOutcome(ImprovementPoint.open("Dossiers", D.plusDays(90)), D.plusDays(41)).get()
        .addOutcome(new Outcome.Instruction("Verbeterplan", D.plusDays(60)), D.plusDays(42)).get();
    assertThat(f.measures()).containsExactly(MeasureRecord.decided(1, D.plusDays(40)), MeasureRecord.decided(3, D.plusDays(42)));
    // Not an improvement point, nor an index out of range.
    assertThat(refused(f.measureReported(0, D.plusDays(43)))).isEqualTo(new InvestigationError.NoSuchMeasure(f.id(), 0));
    assertThat(refused(f.measureReported(4, D.plusDays(43)))).isEqualTo(new InvestigationError.NoSuchMeasure(f.id(), 4));
    assertThat(refused(f.measureReported(3, D.plusDays(41))))
        .isEqualTo(new InvestigationError.ReportedBeforeDecision(f.id(), 3, D.plusDays(41), D.plusDays(42)));
    // A report made before the follow-up's day is still the provider's fact: bound by the decision only.
    Investigation reported = f.measureReported(1, D.plusDays(40)).get();
    assertThat(reported.measures().get(0).reportedOn()).contains(D.plusDays(40));
    assertThat(reported.measures().get(1).reportedOn()).isEmpty();
    assertThat(refused(reported.measureReported(1, D.plusDays(44))))
        .isEqualTo(new InvestigationError.MeasureAlreadyReported(f.id(), 1, D.plusDays(40)));
    assertThat(reported.outcomes()).isEqualTo(f.outcomes());
  }

  @Test
  void a_measure_record_without_its_measure_breaks_the_invariant() {
    Investigation f = followUp();
    assertThatThrownBy(() -> f.withMeasures(List.of(MeasureRecord.decided(0, D.plusDays(30)))))
        .isInstanceOf(IllegalStateException.class);
    Investigation m = f.addOutcome(new Outcome.FraudReport("Politie"), D.plusDays(40)).get();
    assertThatThrownBy(() -> m.withMeasures(List.of(new MeasureRecord(1, D.plusDays(40), Option.some(D.plusDays(39))))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> m.withMeasures(List.of(MeasureRecord.decided(1, D.plusDays(29)))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void the_follow_up_needs_an_outcome() {
    assertThat(refused(finalReport().startFollowUp(D.plusDays(31)))).isEqualTo(new InvestigationError.NoOutcome(opened().id()));
  }

  @Test
  void an_improvement_point_is_followed_up_once_in_the_follow_up_and_closing_waits_for_it() {
    Investigation f = followUp();
    assertThat(refused(f.close(D.plusDays(40)))).isEqualTo(new InvestigationError.OpenImprovementPoints(f.id(), 1));
    assertThat(refused(f.followUp(1, D.plusDays(40)))).isInstanceOf(InvestigationError.NoSuchImprovementPoint.class);
    assertThat(refused(f.followUp(-1, D.plusDays(40)))).isInstanceOf(InvestigationError.NoSuchImprovementPoint.class);
    assertThat(refused(f.followUp(0, D.plusDays(30)))).isInstanceOf(InvestigationError.BeforePreviousStep.class);
    Investigation done = f.followUp(0, D.plusDays(40)).get();
    assertThat(refused(done.followUp(0, D.plusDays(41))))
        .isEqualTo(new InvestigationError.AlreadyFollowedUp(f.id(), 0, D.plusDays(40)));
    Investigation withMeasure = f.addOutcome(new Outcome.ContractTermination(D.plusDays(60)), D.plusDays(40)).get();
    assertThat(refused(withMeasure.followUp(1, D.plusDays(40)))).isInstanceOf(InvestigationError.NoSuchImprovementPoint.class);
    Investigation finalOnly = finalReport().addOutcome(ImprovementPoint.open("x", D.plusDays(90)), D.plusDays(30)).get();
    assertThat(refused(finalOnly.followUp(0, D.plusDays(40)))).isInstanceOf(InvestigationError.NotInStep.class);
    assertThat(done.close(D.plusDays(40)).get().status()).isEqualTo(InvestigationStatus.CLOSED);
  }

  @Test
  void an_improvement_point_is_overdue_after_its_deadline_until_followed_up() {
    Investigation f = followUp();
    LocalDate deadline = D.plusDays(90);
    assertThat(f.overdueImprovementPoints(deadline)).isEmpty();
    assertThat(f.overdueImprovementPoints(deadline.plusDays(1))).hasSize(1);
    assertThat(f.followUp(0, deadline.plusDays(5)).get().overdueImprovementPoints(deadline.plusDays(6))).isEmpty();
  }

  @Test
  void members_are_informed_of_an_outcome_once_there_is_one() {
    Investigation f = finalReport();
    assertThat(refused(f.inform(List.of(OSS), D.plusDays(30)))).isInstanceOf(InvestigationError.NoOutcome.class);
    assertThat(refused(responding().inform(List.of(OSS), D.plusDays(30)))).isInstanceOf(InvestigationError.NotInStep.class);
    Investigation decided = f.addOutcome(new Outcome.FraudReport("Inspectie SZW"), D.plusDays(30)).get();
    assertThat(refused(decided.inform(List.empty(), D.plusDays(31)))).isInstanceOf(InvestigationError.NoMembers.class);
    assertThat(refused(decided.inform(List.of(OSS), D.plusDays(29)))).isInstanceOf(InvestigationError.BeforePreviousStep.class);
    assertThat(decided.inform(List.of(OSS, MAASDRIEL, OSS), D.plusDays(31)).get().informed())
        .containsExactly(new MemberInformed(OSS, D.plusDays(31)), new MemberInformed(MAASDRIEL, D.plusDays(31)));
  }

  @Test
  void errors_are_rejections_with_stable_codes_and_no_personal_data() {
    InvestigationError e = refused(opened().draftReport(D));
    assertThat(e.kind()).isEqualTo(ErrorKind.REJECTED);
    assertThat(e.code()).isEqualTo("NotInStep");
    assertThat(e.message()).isEqualTo("investigation " + opened().id() + " is opened: cannot draft the report");
  }
}
