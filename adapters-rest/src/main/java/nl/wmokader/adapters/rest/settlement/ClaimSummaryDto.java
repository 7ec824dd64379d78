package nl.wmokader.adapters.rest.settlement;

import java.time.LocalDate;
import nl.wmokader.core.settlement.domain.ClaimSummary;

/** A claim without its lines, as lists show it. */
public record ClaimSummaryDto(String id, String provider, String municipality, String month, String number,
                              LocalDate submittedOn, int lineCount, int approvedLineCount, long submittedTotalCents,
                              long approvedTotalCents) {

  public static ClaimSummaryDto from(ClaimSummary s) {
    return new ClaimSummaryDto(s.id().toString(), s.provider().value(), s.municipality().value(), s.month().toString(),
        s.number(), s.submittedOn(), s.lineCount(), s.approvedLineCount(), s.submittedTotal().cents(),
        s.approvedTotal().cents());
  }
}
