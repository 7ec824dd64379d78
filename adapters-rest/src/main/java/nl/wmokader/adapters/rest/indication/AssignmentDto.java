package nl.wmokader.adapters.rest.indication;

import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.domain.AssignmentStop;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * An assignment as the API shows it. Enums by their stable names (the category's iWmo code beside
 * it); absent optional members are left out. {@code client} is the BSN: personal data, only ever
 * in a body, and only to those who may see the assignment. {@code number} is the iWmo
 * ToewijzingNummer, as text.
 */
public record AssignmentDto(String id, String number, String indication, String client, String responsibleMunicipality,
                            String attributedTo, String provider, String type, String category,
                            String categoryCode, String product, VolumeDto volume, LocalDate start,
                            LocalDate end, LocalDate assignedOn, LocalDate deliveryStart, StopDto stop,
                            String status, String replaces, long version) {

  public static AssignmentDto from(Assignment a) {
    return new AssignmentDto(
        a.id().toString(),
        a.number().map(AssignmentNumber::toString).getOrNull(),
        a.indication().toString(),
        a.client().value(),
        a.responsibleMunicipality().value(),
        a.attributedTo().map(MunicipalityCode::value).getOrNull(),
        a.provider().value(),
        a.type().name(),
        a.category().name(),
        a.category().code(),
        a.product().map(ProductCode::value).getOrNull(),
        a.volume().map(VolumeDto::from).getOrNull(),
        a.validity().start(),
        a.validity().end().getOrNull(),
        a.assignedOn(),
        a.deliveryStart().getOrNull(),
        a.stop().map(StopDto::from).getOrNull(),
        a.status().name(),
        a.replaces().map(AssignmentId::toString).getOrNull(),
        a.version());
  }

  /** {@code quantity} of {@code unit} per {@code frequency}; with unit EUROS the quantity is in cents. */
  public record VolumeDto(long quantity, String unit, String frequency) {
    public static VolumeDto from(Volume v) {
      return new VolumeDto(v.quantity(), v.unit().name(), v.frequency().name());
    }
  }

  /** The last day of delivery, inclusive, and why: the reason's stable name and its iWmo code. */
  public record StopDto(LocalDate date, String reason, String reasonCode) {
    public static StopDto from(AssignmentStop s) {
      return new StopDto(s.date(), s.reason().name(), s.reason().code());
    }
  }
}
