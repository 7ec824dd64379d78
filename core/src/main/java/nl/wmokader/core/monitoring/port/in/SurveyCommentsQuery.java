package nl.wmokader.core.monitoring.port.in;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.monitoring.domain.Breakdown;

/** The free texts of {@code group} of {@code by} (for {@link Breakdown#REGION}: {@code region}), over a period as in {@link SurveyResultsQuery}. */
public record SurveyCommentsQuery(Breakdown by, String group, Option<YearMonth> from, Option<YearMonth> to) {
  public SurveyCommentsQuery {
    requireNonNull(by, "by");
    requireNonNull(group, "group");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
  }

  /** Every response's texts in the whole region. */
  public static SurveyCommentsQuery wholeRegion() {
    return new SurveyCommentsQuery(Breakdown.REGION, "region", Option.none(), Option.none());
  }
}
