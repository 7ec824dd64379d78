package nl.wmokader.adapters.rest.contracting;

import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.EvidenceAlert;

/** A required admission condition of a contract whose evidence is missing, expired or expiring. */
public record EvidenceAlertDto(String contractId, String condition, String status, LocalDate lapsesOn,
    LocalDate lastExpiry) {
  public static EvidenceAlertDto from(EvidenceAlert a) {
    return new EvidenceAlertDto(a.contract().toString(), a.condition().value(), a.status().name(), a.lapsesOn(),
        a.lastExpiry().getOrNull());
  }
}
