package nl.wmokader.adapters.rest.indication;

import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.domain.AssignmentRequest;

/**
 * A provider's request as the API shows it: enums by their stable names, with the iWmo code beside
 * the category and the refusal reason; absent optional members left out. {@code client} is the BSN:
 * personal data, only ever in a body, and only to those who may see the request. {@code assignment}
 * is the iWmo number a change request names; {@code outcome} the id of the assignment a grant issued
 * or left in force.
 */
public record AssignmentRequestDto(String id, String kind, String provider, String municipality, String client,
                                   String reference, LocalDate receivedOn, String category, String categoryCode,
                                   String product, AssignmentDto.VolumeDto volume, LocalDate start, LocalDate end,
                                   String assignment, String status, String refusalReason, String refusalReasonCode,
                                   LocalDate answeredOn, String outcome, long version) {

  public static AssignmentRequestDto from(AssignmentRequest r) {
    return new AssignmentRequestDto(
        r.id().toString(),
        r.kind().name(),
        r.provider().value(),
        r.municipality().value(),
        r.client().value(),
        r.reference().value(),
        r.receivedOn(),
        r.category().map(Enum::name).getOrNull(),
        r.category().map(c -> c.code()).getOrNull(),
        r.product().map(ProductCode::value).getOrNull(),
        r.volume().map(AssignmentDto.VolumeDto::from).getOrNull(),
        r.start(),
        r.end().getOrNull(),
        r.assignment().map(AssignmentNumber::toString).getOrNull(),
        r.status().name(),
        r.refusal().map(Enum::name).getOrNull(),
        r.refusal().map(x -> x.code()).getOrNull(),
        r.answeredOn().getOrNull(),
        r.outcome().map(AssignmentId::toString).getOrNull(),
        r.version());
  }
}
