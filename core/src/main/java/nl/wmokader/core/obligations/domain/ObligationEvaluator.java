package nl.wmokader.core.obligations.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.LocalDate;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.Rounding;
import nl.wmokader.core.shared.WorkingDayCalendar;
import nl.wmokader.core.supervision.domain.ReportableEvent;
import nl.wmokader.core.supervision.domain.ReportableEventKind;
import nl.wmokader.core.supervision.domain.QualityFinding;

/**
 * Evaluates the obligations of one provider for one calendar year as of a date, from the facts
 * given: pure, so that the same facts and date always give the same verdict.
 *
 * <p>Every obligation is {@link EvaluationStatus#NOT_YET_DUE} until the year is over. Then:
 * <ul>
 *   <li>acceptance: compliant when the share of refusals is at most the allowed share, else shortfall;
 *   <li>transformation and social return: the required share is turnover × basis points / 10 000,
 *       rounded once, half up, to the cent; the shortfall is required − reported, never negative. Pending
 *       while no report is in and the deadline has not passed (unless nothing is required); after the
 *       deadline a missing report counts as nothing spent;
 *   <li>quality framework: shortfall once a finding contradicts compliance; else compliant once
 *       declared; else pending until the deadline, then shortfall;
 *   <li>reporting: pending while an event's reporting term still runs unreported; then compliant
 *       when every event was reported in time, else shortfall.
 * </ul>
 * Facts dated after the evaluation date (a report, a finding, a refusal) are not known yet and do not count.
 */
public final class ObligationEvaluator {

  private final ObligationTerms terms;
  private final WorkingDayCalendar calendar;

  public ObligationEvaluator(ObligationTerms terms, WorkingDayCalendar calendar) {
    this.terms = requireNonNull(terms, "terms");
    this.calendar = requireNonNull(calendar, "calendar");
  }

  public ObligationTerms terms() {
    return terms;
  }

  /** {@code turnover × basisPoints / 10 000}, rounded half up to the cent; nothing for a turnover of zero or less. */
  public static Money requiredShare(Money turnover, int basisPoints) {
    return turnover.isPositive() ? turnover.timesFraction(basisPoints, ObligationTerms.WHOLE) : Money.ZERO;
  }

  /** {@code required − reported}, never negative. */
  public static Money shortfall(Money required, Money reported) {
    return required.minus(reported).max(Money.ZERO);
  }

  /** Every obligation in {@link ObligationKind} order. */
  public Seq<ObligationEvaluation> evaluateAll(int year, LocalDate asOf, Seq<Refusal> refusals, long assignmentsReceived,
      Money turnover, Seq<SpendingReport> spending, Option<QualityDeclaration> declaration, Seq<QualityFinding> findings,
      Seq<ReportableEvent> events) {
    return List.of(
        acceptance(year, refusals, assignmentsReceived, asOf),
        spending(SpendingKind.TRANSFORMATION, year, turnover, spending.find(s -> s.kind() == SpendingKind.TRANSFORMATION), asOf),
        spending(SpendingKind.SOCIAL_RETURN, year, turnover, spending.find(s -> s.kind() == SpendingKind.SOCIAL_RETURN), asOf),
        quality(year, declaration, findings, asOf),
        reporting(year, events, asOf));
  }

  /** The acceptance duty over the refusals dated in {@code year} (and known on {@code asOf}). */
  public ObligationEvaluation acceptance(int year, Seq<Refusal> refusals, long assignmentsReceived, LocalDate asOf) {
    if (assignmentsReceived < 0) {
      throw new IllegalArgumentException("assignments received is not negative");
    }
    LocalDate yearEnd = yearEnd(year);
    int counted = refusals.count(r -> r.refusedOn().getYear() == year && !r.refusedOn().isAfter(asOf));
    BigInteger asked = BigInteger.valueOf(counted).add(BigInteger.valueOf(assignmentsReceived));
    int shareBasisPoints = asked.signum() == 0 ? 0
        : (int) Rounding.divideHalfUp(BigInteger.valueOf(counted).multiply(BigInteger.valueOf(ObligationTerms.WHOLE)), asked);
    // refusals / asked <= max / WHOLE, compared exactly
    boolean withinShare = BigInteger.valueOf(counted).multiply(BigInteger.valueOf(ObligationTerms.WHOLE))
        .compareTo(BigInteger.valueOf(terms.maxRefusalShareBasisPoints()).multiply(asked)) <= 0;
    EvaluationStatus status = !asOf.isAfter(yearEnd) ? EvaluationStatus.NOT_YET_DUE
        : withinShare ? EvaluationStatus.COMPLIANT : EvaluationStatus.SHORTFALL;
    return new ObligationEvaluation(ObligationKind.ACCEPTANCE, year, status, yearEnd, Option.none(),
        new ObligationEvaluation.Acceptance(counted, assignmentsReceived, shareBasisPoints, terms.maxRefusalShareBasisPoints()));
  }

  /** A percentage obligation: {@code report} is the provider's report of {@code kind} for {@code year}, if any. */
  public ObligationEvaluation spending(SpendingKind kind, int year, Money turnover, Option<SpendingReport> report, LocalDate asOf) {
    int basisPoints = terms.basisPoints(kind);
    Money required = requiredShare(turnover, basisPoints);
    Option<SpendingReport> known = report.filter(r -> !r.reportedOn().isAfter(asOf));
    Option<Money> reported = known.map(SpendingReport::amount);
    LocalDate due = terms.spendingDeadline(year);
    EvaluationStatus status;
    Option<Money> owed = Option.none();
    if (!asOf.isAfter(yearEnd(year))) {
      status = EvaluationStatus.NOT_YET_DUE;
    } else if (reported.isEmpty() && required.isPositive() && !asOf.isAfter(due)) {
      status = EvaluationStatus.PENDING;
    } else {
      Money missing = shortfall(required, reported.getOrElse(Money.ZERO));
      status = missing.isZero() ? EvaluationStatus.COMPLIANT : EvaluationStatus.SHORTFALL;
      owed = missing.isZero() ? Option.none() : Option.some(missing);
    }
    return new ObligationEvaluation(kind.obligation(), year, status, due, owed,
        new ObligationEvaluation.Spending(turnover, basisPoints, required, reported, known.map(SpendingReport::reportedOn)));
  }

  /** The quality framework: {@code findings} are supervision's findings about {@code year}. */
  public ObligationEvaluation quality(int year, Option<QualityDeclaration> declaration, Seq<QualityFinding> findings,
      LocalDate asOf) {
    LocalDate due = terms.qualityDeadline(year);
    int contradicting = findings.count(f -> f.contradictsQualityFramework() && !f.establishedOn().isAfter(asOf));
    Option<LocalDate> declaredOn = declaration.map(QualityDeclaration::declaredOn).filter(d -> !d.isAfter(asOf));
    EvaluationStatus status;
    if (!asOf.isAfter(yearEnd(year))) {
      status = EvaluationStatus.NOT_YET_DUE;
    } else if (contradicting > 0) {
      status = EvaluationStatus.SHORTFALL;
    } else if (declaredOn.isDefined()) {
      status = EvaluationStatus.COMPLIANT;
    } else {
      status = asOf.isAfter(due) ? EvaluationStatus.SHORTFALL : EvaluationStatus.PENDING;
    }
    return new ObligationEvaluation(ObligationKind.QUALITY_FRAMEWORK, year, status, due, Option.none(),
        new ObligationEvaluation.Quality(declaredOn, contradicting));
  }

  /** The reporting duties over the events that occurred in {@code year} (and are known on {@code asOf}). */
  public ObligationEvaluation reporting(int year, Seq<ReportableEvent> events, LocalDate asOf) {
    LocalDate yearEnd = yearEnd(year);
    Seq<ReportableEvent> known = events.filter(e -> e.occurredOn().getYear() == year && !e.occurredOn().isAfter(asOf));
    Seq<ReportingStatus> statuses = known.map(e -> classify(e, asOf));
    int open = statuses.count(s -> s == ReportingStatus.OPEN);
    int late = statuses.count(s -> s == ReportingStatus.LATE);
    int missing = statuses.count(s -> s == ReportingStatus.MISSING);
    LocalDate due = known.map(this::reportingDeadline).append(yearEnd).max().get();
    EvaluationStatus status = !asOf.isAfter(yearEnd) ? EvaluationStatus.NOT_YET_DUE
        : open > 0 ? EvaluationStatus.PENDING
        : late + missing == 0 ? EvaluationStatus.COMPLIANT : EvaluationStatus.SHORTFALL;
    return new ObligationEvaluation(ObligationKind.REPORTING, year, status, due, Option.none(),
        new ObligationEvaluation.Reporting(known.size(), statuses.count(s -> s == ReportingStatus.ON_TIME), late, missing, open));
  }

  /**
   * The last day to report {@code event}: a supervision measure within calendar days of being
   * imposed, a calamity or violence incident within working days of the incident.
   */
  public LocalDate reportingDeadline(ReportableEvent event) {
    return event.kind() == ReportableEventKind.SUPERVISION_MEASURE
        ? event.occurredOn().plusDays(terms.measureReportDays())
        : calendar.addWorkingDays(event.occurredOn(), terms.incidentReportWorkingDays());
  }

  /** Where {@code event} stands on {@code asOf}; a report dated after {@code asOf} is not known yet. */
  public ReportingStatus classify(ReportableEvent event, LocalDate asOf) {
    LocalDate deadline = reportingDeadline(event);
    Option<LocalDate> reported = event.reportedOn().filter(d -> !d.isAfter(asOf));
    if (reported.isDefined()) {
      return reported.get().isAfter(deadline) ? ReportingStatus.LATE : ReportingStatus.ON_TIME;
    }
    return asOf.isAfter(deadline) ? ReportingStatus.MISSING : ReportingStatus.OPEN;
  }

  private static LocalDate yearEnd(int year) {
    return LocalDate.of(year, 12, 31);
  }
}
