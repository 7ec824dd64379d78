package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.WorkingDayCalendar;

/**
 * The due dates of a case, each the end of a term (Awb art. 6:8: from the day after the event;
 * Algemene termijnenwet: a last day on a weekend or holiday moves to the next working day).
 */
public final class IntakeDeadlines {

  private final IntakeTerms terms;
  private final WorkingDayCalendar calendar;

  public IntakeDeadlines(IntakeTerms terms, WorkingDayCalendar calendar) {
    this.terms = requireNonNull(terms, "terms");
    this.calendar = requireNonNull(calendar, "calendar");
  }

  /** The statutory terms on the General Time Limits Act calendar. */
  public static IntakeDeadlines reference() {
    return new IntakeDeadlines(IntakeTerms.reference(), WorkingDayCalendar.generalTermsAct());
  }

  public IntakeTerms terms() {
    return terms;
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** Six weeks after the report; none when the case began with an application. */
  public Option<LocalDate> assessmentDue(Indication indication) {
    return indication.applicationWithoutReport()
        ? Option.none()
        : Option.some(calendar.termEnd(indication.reportedOn(), terms.assessment()));
  }

  /** Two weeks after the application, once applied. */
  public Option<LocalDate> decisionDue(Indication indication) {
    return indication.appliedOn().map(d -> calendar.termEnd(d, terms.decision()));
  }

  /** The last day to object, once decided. */
  public Option<LocalDate> objectionWindowEnd(Indication indication) {
    return indication.decision().map(d -> objectionWindowEnd(d.decidedOn()));
  }

  /** When the decision on a filed objection is due. */
  public Option<LocalDate> objectionDecisionDue(Indication indication) {
    return indication.objection().map(o -> calendar.termEnd(o.filedOn(), terms.objectionDecision()));
  }

  LocalDate objectionWindowEnd(LocalDate decidedOn) {
    return calendar.termEnd(decidedOn, terms.objection());
  }

  /** The steps of {@code indication} that are not done and whose due date lies before {@code today}. */
  public Seq<OverdueItem> overdueOn(Indication indication, LocalDate today) {
    List<OverdueItem> items = List.empty();
    if (indication.status() == IndicationStatus.REPORTED) {
      items = items.appendAll(overdue(indication, OverdueKind.ASSESSMENT, assessmentDue(indication), today));
    }
    if (indication.status() == IndicationStatus.APPLIED) {
      items = items.appendAll(overdue(indication, OverdueKind.DECISION, decisionDue(indication), today));
    }
    if (indication.objection().exists(o -> !o.isDecided())) {
      items = items.appendAll(overdue(indication, OverdueKind.OBJECTION_DECISION, objectionDecisionDue(indication), today));
    }
    return items;
  }

  private static Option<OverdueItem> overdue(Indication i, OverdueKind kind, Option<LocalDate> due, LocalDate today) {
    return due.filter(today::isAfter).map(d -> new OverdueItem(i, kind, d));
  }
}
