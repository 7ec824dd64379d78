package nl.wmokader.core.obligations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.UUID;
import nl.wmokader.core.obligations.domain.EvaluationStatus;
import nl.wmokader.core.obligations.domain.ObligationEvaluation;
import nl.wmokader.core.obligations.domain.ObligationEvaluator;
import nl.wmokader.core.obligations.domain.ObligationKind;
import nl.wmokader.core.obligations.domain.ObligationTerms;
import nl.wmokader.core.obligations.domain.QualityDeclaration;
import nl.wmokader.core.supervision.domain.QualityFinding;
import nl.wmokader.core.obligations.domain.Refusal;
import nl.wmokader.core.obligations.domain.RefusalId;
import nl.wmokader.core.obligations.domain.RefusalReason;
import nl.wmokader.core.obligations.domain.SpendingKind;
import nl.wmokader.core.obligations.domain.SpendingReport;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.WorkingDayCalendar;
import nl.wmokader.core.supervision.domain.ReportableEvent;
import nl.wmokader.core.supervision.domain.ReportableEventKind;
import org.junit.jupiter.api.Test;

/** The obligation rules on worked examples: amounts to the cent, deadlines to the day. */
class ObligationEvaluatorTest {

  private static final AgbCode PROVIDER = AgbCode.of("98000001");
  private static final ObligationEvaluator REFERENCE =
      new ObligationEvaluator(ObligationTerms.reference(), WorkingDayCalendar.generalTermsAct());
  private static final Money TURNOVER = Money.ofCents(123_456_789);  // €1,234,567.89

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static SpendingReport report(SpendingKind kind, long cents, LocalDate on) {
    return SpendingReport.builder().provider(PROVIDER).year(2025).kind(kind).amount(Money.ofCents(cents)).reportedOn(on).build();
  }

  private static Refusal refusal(int n, LocalDate on) {
    return Refusal.builder().id(new RefusalId(new UUID(0, n))).provider(PROVIDER).refusedOn(on)
        .reason(RefusalReason.NO_CAPACITY).recordedOn(on).build();
  }

  // --- the required share and the shortfall

  @Test
  void the_required_share_rounds_once_half_up_to_the_cent() {
    assertThat(ObligationEvaluator.requiredShare(TURNOVER, 200)).isEqualTo(Money.ofCents(2_469_136));  // 2 469 135.78
    assertThat(ObligationEvaluator.requiredShare(TURNOVER, 500)).isEqualTo(Money.ofCents(6_172_839));  // 6 172 839.45
    assertThat(ObligationEvaluator.requiredShare(Money.ofCents(25), 200)).isEqualTo(Money.ofCents(1));  // 0.5 up
    assertThat(ObligationEvaluator.requiredShare(Money.ofCents(24), 200)).isEqualTo(Money.ZERO);        // 0.48 down
    assertThat(ObligationEvaluator.requiredShare(Money.ofCents(75), 200)).isEqualTo(Money.ofCents(2));  // 1.5 up
  }

  @Test
  void no_share_is_required_of_a_turnover_of_zero_or_less() {
    assertThat(ObligationEvaluator.requiredShare(Money.ZERO, 500)).isEqualTo(Money.ZERO);
    assertThat(ObligationEvaluator.requiredShare(Money.ofCents(-1_000_00), 500)).isEqualTo(Money.ZERO);
  }

  @Test
  void the_shortfall_is_what_is_still_owed_and_never_negative() {
    assertThat(ObligationEvaluator.shortfall(Money.ofCents(2_469_136), Money.ofCents(2_000_000))).isEqualTo(Money.ofCents(469_136));
    assertThat(ObligationEvaluator.shortfall(Money.ofCents(2_469_136), Money.ofCents(2_469_136))).isEqualTo(Money.ZERO);
    assertThat(ObligationEvaluator.shortfall(Money.ofCents(2_469_136), Money.ofCents(9_000_000))).isEqualTo(Money.ZERO);
  }

  // --- transformation and social return over time

  @Test
  void a_percentage_obligation_is_not_due_in_its_year_pending_until_1_april_then_owed_in_full() {
    Option<SpendingReport> none = Option.none();
    var t = SpendingKind.TRANSFORMATION;
    assertThat(REFERENCE.spending(t, 2025, TURNOVER, none, d(2025, 12, 31)).status()).isEqualTo(EvaluationStatus.NOT_YET_DUE);
    assertThat(REFERENCE.spending(t, 2025, TURNOVER, none, d(2026, 1, 1)).status()).isEqualTo(EvaluationStatus.PENDING);
    ObligationEvaluation lastDay = REFERENCE.spending(t, 2025, TURNOVER, none, d(2026, 4, 1));
    assertThat(lastDay.status()).isEqualTo(EvaluationStatus.PENDING);
    assertThat(lastDay.dueOn()).isEqualTo(d(2026, 4, 1));
    ObligationEvaluation after = REFERENCE.spending(t, 2025, TURNOVER, none, d(2026, 4, 2));
    assertThat(after.status()).isEqualTo(EvaluationStatus.SHORTFALL);
    assertThat(after.shortfall()).isEqualTo(Option.some(Money.ofCents(2_469_136)));
    assertThat(after.details()).isEqualTo(new ObligationEvaluation.Spending(TURNOVER, 200, Money.ofCents(2_469_136),
        Option.none(), Option.none()));
  }

  @Test
  void a_report_gives_a_verdict_as_soon_as_the_year_is_over() {
    var sr = SpendingKind.SOCIAL_RETURN;
    ObligationEvaluation short1 = REFERENCE.spending(sr, 2025, TURNOVER, Option.some(report(sr, 6_000_000, d(2026, 1, 15))), d(2026, 2, 1));
    assertThat(short1.kind()).isEqualTo(ObligationKind.SOCIAL_RETURN);
    assertThat(short1.status()).isEqualTo(EvaluationStatus.SHORTFALL);
    assertThat(short1.shortfall()).isEqualTo(Option.some(Money.ofCents(172_839)));
    ObligationEvaluation met = REFERENCE.spending(sr, 2025, TURNOVER, Option.some(report(sr, 6_172_839, d(2026, 1, 15))), d(2026, 2, 1));
    assertThat(met.status()).isEqualTo(EvaluationStatus.COMPLIANT);
    assertThat(met.shortfall().isEmpty()).isTrue();
    assertThat(REFERENCE.spending(sr, 2025, TURNOVER, Option.some(report(sr, 9_000_000, d(2025, 11, 1))), d(2025, 12, 1)).status())
        .isEqualTo(EvaluationStatus.NOT_YET_DUE);
  }

  @Test
  void a_report_dated_after_the_evaluation_date_is_not_known_yet() {
    var t = SpendingKind.TRANSFORMATION;
    Option<SpendingReport> late = Option.some(report(t, 3_000_000, d(2026, 5, 1)));
    ObligationEvaluation before = REFERENCE.spending(t, 2025, TURNOVER, late, d(2026, 4, 30));
    assertThat(before.status()).isEqualTo(EvaluationStatus.SHORTFALL);
    assertThat(before.shortfall()).isEqualTo(Option.some(Money.ofCents(2_469_136)));
    ObligationEvaluation after = REFERENCE.spending(t, 2025, TURNOVER, late, d(2026, 5, 1));
    assertThat(after.status()).isEqualTo(EvaluationStatus.COMPLIANT);
    assertThat(after.details()).isEqualTo(new ObligationEvaluation.Spending(TURNOVER, 200, Money.ofCents(2_469_136),
        Option.some(Money.ofCents(3_000_000)), Option.some(d(2026, 5, 1))));
  }

  @Test
  void with_nothing_required_a_year_without_a_report_is_compliant() {
    assertThat(REFERENCE.spending(SpendingKind.TRANSFORMATION, 2025, Money.ZERO, Option.none(), d(2026, 1, 1)).status())
        .isEqualTo(EvaluationStatus.COMPLIANT);
  }

  @Test
  void the_shares_and_the_deadline_are_configuration() {
    ObligationEvaluator custom = new ObligationEvaluator(ObligationTerms.reference().withShares(250, 450)
        .withDeadlines(MonthDay.of(2, 29), MonthDay.of(6, 30)), WorkingDayCalendar.generalTermsAct());
    ObligationEvaluation transformation = custom.spending(SpendingKind.TRANSFORMATION, 2026, TURNOVER, Option.none(), d(2027, 3, 1));
    assertThat(transformation.dueOn()).isEqualTo(d(2027, 2, 28));  // no 29 February in 2027
    assertThat(transformation.shortfall()).isEqualTo(Option.some(Money.ofCents(3_086_420)));  // 3 086 419.725
    assertThat(custom.spending(SpendingKind.SOCIAL_RETURN, 2027, TURNOVER, Option.none(), d(2028, 3, 1)).dueOn())
        .isEqualTo(d(2028, 2, 29));
  }

  // --- acceptance

  @Test
  void the_acceptance_duty_counts_the_years_refusals_against_the_assignments_received() {
    var refusals = List.of(refusal(1, d(2025, 2, 3)), refusal(2, d(2025, 7, 1)), refusal(3, d(2025, 12, 31)),
        refusal(4, d(2024, 12, 31)), refusal(5, d(2026, 1, 1)));
    ObligationEvaluation e = REFERENCE.acceptance(2025, refusals, 97, d(2026, 1, 10));
    assertThat(e.details()).isEqualTo(new ObligationEvaluation.Acceptance(3, 97, 300, 0));
    assertThat(e.status()).isEqualTo(EvaluationStatus.SHORTFALL);
    assertThat(e.shortfall().isEmpty()).isTrue();
    assertThat(e.dueOn()).isEqualTo(d(2025, 12, 31));
    assertThat(REFERENCE.acceptance(2025, refusals, 97, d(2025, 12, 31)).status()).isEqualTo(EvaluationStatus.NOT_YET_DUE);
  }

  @Test
  void the_allowed_share_of_refusals_is_compared_exactly() {
    var three = List.of(refusal(1, d(2025, 2, 3)), refusal(2, d(2025, 7, 1)), refusal(3, d(2025, 9, 1)));
    ObligationEvaluator allows300 = new ObligationEvaluator(ObligationTerms.reference().withMaxRefusalShare(300),
        WorkingDayCalendar.generalTermsAct());
    ObligationEvaluator allows299 = new ObligationEvaluator(ObligationTerms.reference().withMaxRefusalShare(299),
        WorkingDayCalendar.generalTermsAct());
    assertThat(allows300.acceptance(2025, three, 97, d(2026, 1, 1)).status()).isEqualTo(EvaluationStatus.COMPLIANT);
    assertThat(allows299.acceptance(2025, three, 97, d(2026, 1, 1)).status()).isEqualTo(EvaluationStatus.SHORTFALL);
    // 1 of 300 is 33.33 basis points: shown as 33, still above 33 allowed
    ObligationEvaluator allows33 = new ObligationEvaluator(ObligationTerms.reference().withMaxRefusalShare(33),
        WorkingDayCalendar.generalTermsAct());
    ObligationEvaluation e = allows33.acceptance(2025, three.take(1), 299, d(2026, 1, 1));
    assertThat(((ObligationEvaluation.Acceptance) e.details()).refusalShareBasisPoints()).isEqualTo(33);
    assertThat(e.status()).isEqualTo(EvaluationStatus.SHORTFALL);
  }

  @Test
  void shares_of_refusals_are_rounded_half_up_for_display() {
    var two = List.of(refusal(1, d(2025, 2, 3)), refusal(2, d(2025, 7, 1)));
    assertThat(((ObligationEvaluation.Acceptance) REFERENCE.acceptance(2025, two.take(1), 2, d(2026, 1, 1)).details())
        .refusalShareBasisPoints()).isEqualTo(3333);
    assertThat(((ObligationEvaluation.Acceptance) REFERENCE.acceptance(2025, two, 1, d(2026, 1, 1)).details())
        .refusalShareBasisPoints()).isEqualTo(6667);
    ObligationEvaluation idle = REFERENCE.acceptance(2025, List.empty(), 0, d(2026, 1, 1));
    assertThat(idle.details()).isEqualTo(new ObligationEvaluation.Acceptance(0, 0, 0, 0));
    assertThat(idle.status()).isEqualTo(EvaluationStatus.COMPLIANT);
  }

  // --- quality framework

  @Test
  void quality_is_pending_until_declared_and_a_contradicting_finding_overrules_the_declaration() {
    Option<QualityDeclaration> declared = Option.some(QualityDeclaration.builder().provider(PROVIDER).year(2025)
        .declaredOn(d(2026, 3, 1)).build());
    var observation = new QualityFinding(d(2026, 1, 20), false);
    var shortcoming = new QualityFinding(d(2026, 5, 1), true);
    var findings = List.of(observation, shortcoming);
    assertThat(REFERENCE.quality(2025, declared, findings, d(2025, 12, 31)).status()).isEqualTo(EvaluationStatus.NOT_YET_DUE);
    assertThat(REFERENCE.quality(2025, declared, findings, d(2026, 2, 28)).status()).isEqualTo(EvaluationStatus.PENDING);
    ObligationEvaluation compliant = REFERENCE.quality(2025, declared, findings, d(2026, 3, 1));
    assertThat(compliant.status()).isEqualTo(EvaluationStatus.COMPLIANT);
    assertThat(compliant.details()).isEqualTo(new ObligationEvaluation.Quality(Option.some(d(2026, 3, 1)), 0));
    ObligationEvaluation contradicted = REFERENCE.quality(2025, declared, findings, d(2026, 5, 1));
    assertThat(contradicted.status()).isEqualTo(EvaluationStatus.SHORTFALL);
    assertThat(contradicted.details()).isEqualTo(new ObligationEvaluation.Quality(Option.some(d(2026, 3, 1)), 1));
  }

  @Test
  void an_undeclared_year_falls_short_after_the_deadline() {
    assertThat(REFERENCE.quality(2025, Option.none(), List.empty(), d(2026, 4, 1)).status()).isEqualTo(EvaluationStatus.PENDING);
    assertThat(REFERENCE.quality(2025, Option.none(), List.empty(), d(2026, 4, 2)).status()).isEqualTo(EvaluationStatus.SHORTFALL);
  }

  // --- reporting duties

  @Test
  void a_calamity_is_reported_within_two_working_days_and_a_measure_within_seven_calendar_days() {
    // Thursday 18 December 2025: Friday and Monday are the two working days
    assertThat(REFERENCE.reportingDeadline(ReportableEvent.unreported(ReportableEventKind.CALAMITY, d(2025, 12, 18))))
        .isEqualTo(d(2025, 12, 22));
    // Wednesday 24 December 2025: Christmas, Boxing Day and the weekend do not count
    assertThat(REFERENCE.reportingDeadline(ReportableEvent.unreported(ReportableEventKind.VIOLENCE_INCIDENT, d(2025, 12, 24))))
        .isEqualTo(d(2025, 12, 30));
    // a measure imposed on Sunday 28 December 2025: seven calendar days, a Sunday again
    assertThat(REFERENCE.reportingDeadline(ReportableEvent.unreported(ReportableEventKind.SUPERVISION_MEASURE, d(2025, 12, 28))))
        .isEqualTo(d(2026, 1, 4));
  }

  @Test
  void reports_are_on_time_late_missing_or_open_as_of_the_date() {
    var calamity = ReportableEvent.reported(ReportableEventKind.CALAMITY, d(2025, 12, 18), d(2025, 12, 29));
    assertThat(REFERENCE.classify(calamity, d(2025, 12, 22))).isEqualTo(ReportingStatus.OPEN);
    assertThat(REFERENCE.classify(calamity, d(2025, 12, 23))).isEqualTo(ReportingStatus.MISSING);
    assertThat(REFERENCE.classify(calamity, d(2025, 12, 29))).isEqualTo(ReportingStatus.LATE);
    var measure = ReportableEvent.reported(ReportableEventKind.SUPERVISION_MEASURE, d(2025, 3, 3), d(2025, 3, 10));
    assertThat(REFERENCE.classify(measure, d(2025, 3, 9))).isEqualTo(ReportingStatus.OPEN);
    assertThat(REFERENCE.classify(measure, d(2025, 3, 10))).isEqualTo(ReportingStatus.ON_TIME);
  }

  @Test
  void the_reporting_duty_waits_for_running_terms_and_counts_late_and_missing_reports() {
    var events = List.of(
        ReportableEvent.reported(ReportableEventKind.CALAMITY, d(2025, 4, 1), d(2025, 4, 2)),
        ReportableEvent.reported(ReportableEventKind.VIOLENCE_INCIDENT, d(2025, 6, 5), d(2025, 6, 20)),
        ReportableEvent.unreported(ReportableEventKind.SUPERVISION_MEASURE, d(2025, 12, 28)),
        ReportableEvent.unreported(ReportableEventKind.CALAMITY, d(2024, 12, 30)));
    ObligationEvaluation during = REFERENCE.reporting(2025, events, d(2025, 12, 31));
    assertThat(during.status()).isEqualTo(EvaluationStatus.NOT_YET_DUE);
    ObligationEvaluation open = REFERENCE.reporting(2025, events, d(2026, 1, 2));
    assertThat(open.status()).isEqualTo(EvaluationStatus.PENDING);
    assertThat(open.details()).isEqualTo(new ObligationEvaluation.Reporting(3, 1, 1, 0, 1));
    assertThat(open.dueOn()).isEqualTo(d(2026, 1, 4));
    ObligationEvaluation closed = REFERENCE.reporting(2025, events, d(2026, 1, 5));
    assertThat(closed.status()).isEqualTo(EvaluationStatus.SHORTFALL);
    assertThat(closed.details()).isEqualTo(new ObligationEvaluation.Reporting(3, 1, 1, 1, 0));
    assertThat(REFERENCE.reporting(2025, events.take(1), d(2026, 1, 1)).status()).isEqualTo(EvaluationStatus.COMPLIANT);
    assertThat(REFERENCE.reporting(2025, List.empty(), d(2026, 1, 1)).dueOn()).isEqualTo(d(2025, 12, 31));
  }

  // --- the evaluation's own rules

  @Test
  void only_a_shortfall_on_a_percentage_obligation_carries_an_amount() {
    var quality = new ObligationEvaluation.Quality(Option.none(), 0);
    assertThatThrownBy(() -> new ObligationEvaluation(ObligationKind.QUALITY_FRAMEWORK, 2025, EvaluationStatus.SHORTFALL,
        d(2026, 4, 1), Option.some(Money.ofCents(1)), quality)).isInstanceOf(IllegalArgumentException.class);
    var spending = new ObligationEvaluation.Spending(TURNOVER, 200, Money.ofCents(1), Option.none(), Option.none());
    assertThatThrownBy(() -> new ObligationEvaluation(ObligationKind.TRANSFORMATION, 2025, EvaluationStatus.SHORTFALL,
        d(2026, 4, 1), Option.none(), spending)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ObligationEvaluation(ObligationKind.TRANSFORMATION, 2025, EvaluationStatus.SHORTFALL,
        d(2026, 4, 1), Option.some(Money.ZERO), spending)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void terms_refuse_shares_outside_0_to_100_percent_and_terms_shorter_than_a_unit() {
    assertThatThrownBy(() -> ObligationTerms.reference().withShares(10_001, 500)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ObligationTerms.reference().withMaxRefusalShare(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ObligationTerms.reference().withReportingTerms(0, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ObligationTerms.reference().withDormancyMonths(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
