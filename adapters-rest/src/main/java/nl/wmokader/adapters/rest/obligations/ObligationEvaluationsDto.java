package nl.wmokader.adapters.rest.obligations;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.obligations.domain.ObligationEvaluation;
import nl.wmokader.core.obligations.domain.ObligationEvaluations;

/**
 * Every obligation of a provider for a year as of a date. Each evaluation carries the figures of its
 * own obligation in one of {@code acceptance}, {@code spending}, {@code quality} or {@code reporting};
 * money in euro cents, shares in basis points (200 is 2%).
 */
public record ObligationEvaluationsDto(String provider, int year, LocalDate asOf, List<EvaluationDto> evaluations) {

  public static ObligationEvaluationsDto from(ObligationEvaluations e) {
    return new ObligationEvaluationsDto(e.provider().value(), e.year(), e.asOf(),
        e.evaluations().map(EvaluationDto::from).toJavaList());
  }

  /** One obligation's evaluation; {@code shortfallCents} only on a shortfall of a percentage obligation. */
  public record EvaluationDto(String obligation, String status, LocalDate dueOn, Long shortfallCents,
      AcceptanceDto acceptance, SpendingDto spending, QualityDto quality, ReportingDto reporting) {

    static EvaluationDto from(ObligationEvaluation e) {
      ObligationEvaluation.Details d = e.details();
      return new EvaluationDto(e.kind().name(), e.status().name(), e.dueOn(), e.shortfall().map(m -> m.cents()).getOrNull(),
          d instanceof ObligationEvaluation.Acceptance ? AcceptanceDto.from((ObligationEvaluation.Acceptance) d) : null,
          d instanceof ObligationEvaluation.Spending ? SpendingDto.from((ObligationEvaluation.Spending) d) : null,
          d instanceof ObligationEvaluation.Quality ? QualityDto.from((ObligationEvaluation.Quality) d) : null,
          d instanceof ObligationEvaluation.Reporting ? ReportingDto.from((ObligationEvaluation.Reporting) d) : null);
    }
  }

  /** Refusals against assignments received; the share rounded half up to a basis point. */
  public record AcceptanceDto(int refusals, long assignmentsReceived, int refusalShareBasisPoints,
      int maxRefusalShareBasisPoints) {
    static AcceptanceDto from(ObligationEvaluation.Acceptance a) {
      return new AcceptanceDto(a.refusals(), a.assignmentsReceived(), a.refusalShareBasisPoints(), a.maxRefusalShareBasisPoints());
    }
  }

  /** Turnover, the share required of it, the amount that requires, and what was reported when. */
  public record SpendingDto(long turnoverCents, int basisPoints, long requiredCents, Long reportedCents, LocalDate reportedOn) {
    static SpendingDto from(ObligationEvaluation.Spending s) {
      return new SpendingDto(s.turnover().cents(), s.basisPoints(), s.required().cents(),
          s.reported().map(m -> m.cents()).getOrNull(), s.reportedOn().getOrNull());
    }
  }

  /** When compliance was declared, and how many findings contradict it. */
  public record QualityDto(LocalDate declaredOn, int contradictingFindings) {
    static QualityDto from(ObligationEvaluation.Quality q) {
      return new QualityDto(q.declaredOn().getOrNull(), q.contradictingFindings());
    }
  }

  /** The year's reportable events by where they stand. */
  public record ReportingDto(int events, int onTime, int late, int missing, int open) {
    static ReportingDto from(ObligationEvaluation.Reporting r) {
      return new ReportingDto(r.events(), r.onTime(), r.late(), r.missing(), r.open());
    }
  }
}
