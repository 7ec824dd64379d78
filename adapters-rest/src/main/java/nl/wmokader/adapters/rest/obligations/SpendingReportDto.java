package nl.wmokader.adapters.rest.obligations;

import java.time.LocalDate;
import nl.wmokader.core.obligations.domain.SpendingReport;

/** A provider's spending report for a year and kind, the amount in euro cents. */
public record SpendingReportDto(String provider, int year, String kind, long amountCents, String description,
    LocalDate reportedOn, long version) {

  public static SpendingReportDto from(SpendingReport r) {
    return new SpendingReportDto(r.provider().value(), r.year(), r.kind().name(), r.amount().cents(),
        r.description().getOrNull(), r.reportedOn(), r.version());
  }
}
