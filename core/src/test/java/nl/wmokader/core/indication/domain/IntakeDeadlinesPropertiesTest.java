package nl.wmokader.core.indication.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.time.LocalDate;
import java.time.Period;
import nl.wmokader.core.indication.IndicationGen;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.shared.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.generators.SourceDSL;

/** Due dates and overdue items: each step is overdue exactly when today lies after its due date and it is not done. */
class IntakeDeadlinesPropertiesTest implements WithQuickTheories {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.generalTermsAct();

  /** What is overdue, worked out from the recorded steps and the statutory terms directly. */
  private static Set<OverdueItem> expectedOverdue(Indication i, LocalDate today, Period objectionDecision) {
    Set<OverdueItem> items = HashSet.empty();
    boolean assessmentOpen = !i.applicationWithoutReport() && i.assessedOn().isEmpty() && i.appliedOn().isEmpty();
    LocalDate assessmentDue = CALENDAR.termEnd(i.reportedOn(), Period.ofWeeks(6));
    if (assessmentOpen && today.isAfter(assessmentDue)) {
      items = items.add(new OverdueItem(i, OverdueKind.ASSESSMENT, assessmentDue));
    }
    if (i.appliedOn().isDefined() && i.decision().isEmpty()) {
      LocalDate due = CALENDAR.termEnd(i.appliedOn().get(), Period.ofWeeks(2));
      if (today.isAfter(due)) {
        items = items.add(new OverdueItem(i, OverdueKind.DECISION, due));
      }
    }
    if (i.objection().isDefined() && i.objection().get().outcome().isEmpty()) {
      LocalDate due = CALENDAR.termEnd(i.objection().get().filedOn(), objectionDecision);
      if (today.isAfter(due)) {
        items = items.add(new OverdueItem(i, OverdueKind.OBJECTION_DECISION, due));
      }
    }
    return items;
  }

  /** Days around the statutory due dates of the case's events, where off-by-one mistakes live; or any day. */
  private static LocalDate around(Indication i, int pick, int delta, LocalDate anyDay) {
    io.vavr.collection.List<LocalDate> dues = io.vavr.collection.List.of(
            io.vavr.control.Option.some(CALENDAR.termEnd(i.reportedOn(), Period.ofWeeks(6))),
            i.appliedOn().map(a -> CALENDAR.termEnd(a, Period.ofWeeks(2))),
            i.objection().map(o -> CALENDAR.termEnd(o.filedOn(), Period.ofWeeks(12))))
        .flatMap(o -> o);
    return pick >= dues.size() ? anyDay : dues.get(pick).plusDays(delta);
  }

  @Test
  void a_step_is_overdue_exactly_when_today_is_after_its_due_date_and_it_is_not_done() {
    qt().forAll(IndicationGen.indications(), SourceDSL.integers().between(0, 3), SourceDSL.integers().between(-2, 2),
            SharedGen.dates())
        .checkAssert((indication, pick, delta, anyDay) -> {
          LocalDate today = around(indication, pick, delta, anyDay);
          assertThat(HashSet.ofAll(IntakeDeadlines.reference().overdueOn(indication, today)))
              .isEqualTo(expectedOverdue(indication, today, Period.ofWeeks(12)));
        });
  }

  @Test
  void the_configured_objection_decision_term_sets_that_due_date() {
    qt().forAll(IndicationGen.indications(), SharedGen.dates(), SourceDSL.integers().between(1, 26))
        .checkAssert((indication, today, weeks) -> {
          IntakeDeadlines deadlines = new IntakeDeadlines(
              IntakeTerms.reference().withObjectionDecision(Period.ofWeeks(weeks)), CALENDAR);
          assertThat(HashSet.ofAll(deadlines.overdueOn(indication, today)))
              .isEqualTo(expectedOverdue(indication, today, Period.ofWeeks(weeks)));
          assertThat(deadlines.objectionDecisionDue(indication).getOrNull()).isEqualTo(indication.objection()
              .map(o -> CALENDAR.termEnd(o.filedOn(), Period.ofWeeks(weeks))).getOrNull());
        });
  }

  @Test
  void nothing_is_overdue_on_or_before_a_due_date() {
    qt().forAll(IndicationGen.indications()).checkAssert(indication -> {
      IntakeDeadlines deadlines = IntakeDeadlines.reference();
      for (OverdueItem item : deadlines.overdueOn(indication, LocalDate.of(2100, 1, 1))) {
        assertThat(deadlines.overdueOn(indication, item.due()).map(OverdueItem::kind)).doesNotContain(item.kind());
        assertThat(deadlines.overdueOn(indication, item.due().plusDays(1)).map(OverdueItem::kind)).contains(item.kind());
      }
    });
  }

  @Test
  void the_due_dates_are_the_ends_of_the_statutory_terms_from_their_events() {
    qt().forAll(IndicationGen.indications()).checkAssert(i -> {
      IntakeDeadlines d = IntakeDeadlines.reference();
      assertThat(d.assessmentDue(i).getOrNull()).isEqualTo(
          i.applicationWithoutReport() ? null : CALENDAR.termEnd(i.reportedOn(), Period.ofWeeks(6)));
      assertThat(d.decisionDue(i).getOrNull())
          .isEqualTo(i.appliedOn().map(a -> CALENDAR.termEnd(a, Period.ofWeeks(2))).getOrNull());
      assertThat(d.objectionWindowEnd(i).getOrNull())
          .isEqualTo(i.decision().map(x -> CALENDAR.termEnd(x.decidedOn(), Period.ofWeeks(6))).getOrNull());
    });
  }

  @Test
  void an_objection_is_late_exactly_when_filed_after_the_window() {
    qt().forAll(IndicationGen.inStage(IndicationGen.Stage.DECIDED, SharedGen.dates()), SourceDSL.integers().between(0, 90))
        .checkAssert((decided, days) -> {
          LocalDate decidedOn = decided.decision().get().decidedOn();
          LocalDate filedOn = decidedOn.plusDays(days);
          Objection objection = decided.fileObjection(filedOn, IntakeDeadlines.reference()).get().objection().get();
          assertThat(objection.late()).isEqualTo(filedOn.isAfter(CALENDAR.termEnd(decidedOn, Period.ofWeeks(6))));
        });
  }
}
