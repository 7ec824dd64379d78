package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Map;
import nl.wmokader.core.obligations.domain.EvaluationStatus;
import nl.wmokader.core.obligations.domain.ObligationEvaluations;
import nl.wmokader.core.obligations.domain.ObligationKind;
import nl.wmokader.core.shared.AgbCode;

/**
 * One provider's obligations for one calendar year as of the day of asking: the status of each
 * obligation its contract carries (acceptance, transformation, social return, quality framework,
 * reporting), as obligations evaluates them. Only the verdicts, not the amounts owed or the
 * refusals behind them.
 */
public record ComplianceFigures(AgbCode provider, int year, Map<ObligationKind, EvaluationStatus> status) {
  public ComplianceFigures {
    requireNonNull(provider, "provider");
    requireNonNull(status, "status");
  }

  /** The verdicts of an evaluation. */
  public static ComplianceFigures of(ObligationEvaluations evaluations) {
    return new ComplianceFigures(evaluations.provider(), evaluations.year(),
        io.vavr.collection.TreeMap.ofEntries(evaluations.evaluations().map(e -> io.vavr.Tuple.of(e.kind(), e.status()))));
  }

  /** How many of the obligations were not met. */
  public long shortfalls() {
    return status.values().count(s -> s == EvaluationStatus.SHORTFALL);
  }
}
