package nl.wmokader.core.monitoring.port.in;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.monitoring.domain.Breakdown;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/** The results by {@code by}, over the responses answered in {@code from} .. {@code to} (inclusive; none: unbounded). */
public record SurveyResultsQuery(Breakdown by, Option<YearMonth> from, Option<YearMonth> to) {
  public SurveyResultsQuery {
    requireNonNull(by, "by");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
  }

  /** Every response, by {@code by}. */
  public static SurveyResultsQuery allTime(Breakdown by) {
    return new SurveyResultsQuery(by, Option.none(), Option.none());
  }

  /** From raw values: the breakdown's code ({@code member}, …) and optional months {@code yyyy-MM}. */
  public static Either<DomainError, SurveyResultsQuery> read(String by, String from, String to) {
    FieldChecks check = new FieldChecks();
    Breakdown breakdown = check.code("by", by, Breakdown::ofCode);
    YearMonth start = from == null ? null : check.month("from", from);
    YearMonth end = to == null ? null : check.month("to", to);
    check.check(start == null || end == null || !end.isBefore(start), "to", "before_from", "must not be before from");
    return check.resultFrom(() -> new SurveyResultsQuery(breakdown, Option.of(start), Option.of(end)));
  }
}
