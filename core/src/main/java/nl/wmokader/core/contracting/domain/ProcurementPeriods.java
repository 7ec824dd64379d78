package nl.wmokader.core.contracting.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import nl.wmokader.core.shared.DateRange;

/**
 * The reference region's procurement periods (inkoopperiodes), the default of {@link
 * OpenHouseTerms}: applications name one of the configured periods; a contract concluded directly
 * may run over any period.
 */
public final class ProcurementPeriods {
  private ProcurementPeriods() {}

  public static final DateRange PERIOD_2024_2025 = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
  public static final DateRange PERIOD_2026_2028 = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));

  public static Seq<DateRange> reference() {
    return List.of(PERIOD_2024_2025, PERIOD_2026_2028);
  }
}
