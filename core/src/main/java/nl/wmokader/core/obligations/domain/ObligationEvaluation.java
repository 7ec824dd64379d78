package nl.wmokader.core.obligations.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.Money;

/**
 * The evaluation of one obligation of one provider for one year, as of a date: the status, the day
 * the obligation falls due, the amount still owed (only a shortfall on a percentage obligation has
 * one) and the figures behind it.
 */
public record ObligationEvaluation(ObligationKind kind, int year, EvaluationStatus status, LocalDate dueOn,
    Option<Money> shortfall, Details details) {

  public ObligationEvaluation {
    requireNonNull(kind, "kind");
    requireNonNull(status, "status");
    requireNonNull(dueOn, "dueOn");
    requireNonNull(shortfall, "shortfall");
    requireNonNull(details, "details");
    boolean percentage = kind == ObligationKind.TRANSFORMATION || kind == ObligationKind.SOCIAL_RETURN;
    if (shortfall.isDefined() != (percentage && status == EvaluationStatus.SHORTFALL)) {
      throw new IllegalArgumentException("exactly a shortfall on a percentage obligation has an amount");
    }
    if (shortfall.exists(s -> !s.isPositive())) {
      throw new IllegalArgumentException("a shortfall is a positive amount");
    }
  }

  /** The figures behind an evaluation, one shape per obligation. */
  public sealed interface Details permits Acceptance, Spending, Quality, Reporting {}

  /**
   * The acceptance duty: refusals recorded in the year, assignments received in it, the share of
   * refusals (refusals / (refusals + assignments)) in basis points rounded half up (for display; the
   * verdict compares exactly), and the largest share allowed.
   */
  public record Acceptance(int refusals, long assignmentsReceived, int refusalShareBasisPoints,
      int maxRefusalShareBasisPoints) implements Details {}

  /**
   * A percentage obligation: the year's turnover, the share required in basis points, the amount it
   * requires (turnover × share, rounded once half up to the cent; nothing on a negative turnover),
   * and what the provider reported (none: no report yet) on which day.
   */
  public record Spending(Money turnover, int basisPoints, Money required, Option<Money> reported,
      Option<LocalDate> reportedOn) implements Details {
    public Spending {
      requireNonNull(turnover, "turnover");
      requireNonNull(required, "required");
      requireNonNull(reported, "reported");
      requireNonNull(reportedOn, "reportedOn");
    }
  }

  /** The quality framework: the day compliance was declared, if it was, and the findings that contradict it. */
  public record Quality(Option<LocalDate> declaredOn, int contradictingFindings) implements Details {
    public Quality {
      requireNonNull(declaredOn, "declaredOn");
    }
  }

  /** The reporting duties: the year's reportable events by where they stand. */
  public record Reporting(int events, int onTime, int late, int missing, int open) implements Details {}
}
