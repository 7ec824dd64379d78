package nl.wmokader.adapters.rest.indication;

import java.time.LocalDate;
import nl.wmokader.core.indication.domain.OverdueItem;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * An intake step past its due date: which case, which step ({@code kind}), when it was due, and
 * enough of the case to sort a work list. No BSN: the case itself has it.
 */
public record OverdueItemDto(String indicationId, String kind, LocalDate due, String status,
    String responsibleMunicipality, String attributedTo, LocalDate reportedOn) {

  public static OverdueItemDto from(OverdueItem item) {
    var i = item.indication();
    return new OverdueItemDto(i.id().toString(), item.kind().name(), item.due(), i.status().name(),
        i.responsibleMunicipality().value(), i.attributedTo().map(MunicipalityCode::value).getOrNull(), i.reportedOn());
  }
}
