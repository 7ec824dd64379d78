package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.shared.DateRange;

/**
 * One provision of support a household receives: its category and the days of support (open-ended
 * while it lasts). The personal contribution counts months, so only the months of start and end matter.
 */
public record HouseholdProvision(ProductCategory category, DateRange support) {
  public HouseholdProvision {
    requireNonNull(category, "category");
    requireNonNull(support, "support");
  }

  public YearMonth startMonth() {
    return YearMonth.from(support.start());
  }

  /**
   * The charging rule of the flat rate: support counts in a month from the month <em>after</em> the
   * month of its start up to and including the month in which it ends (support existed in that
   * month); never after the end month.
   */
  public boolean countsIn(YearMonth month) {
    return month.isAfter(startMonth())
        && support.end().map(end -> !month.isAfter(YearMonth.from(end))).getOrElse(true);
  }
}
