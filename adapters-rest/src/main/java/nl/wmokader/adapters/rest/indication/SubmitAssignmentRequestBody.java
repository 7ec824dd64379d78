package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.port.in.SubmitAssignmentRequestCommand;
import nl.wmokader.core.indication.port.in.VolumeInput;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/assignment-requests}: the provider asks {@code municipality} to
 * assign {@code category} (its iWmo code, e.g. "02") and maybe {@code product} to {@code client},
 * under its own {@code reference} (iWmo 315's ReferentieAanbieder). Without {@code end} open-ended.
 */
public record SubmitAssignmentRequestBody(String municipality, String provider, String client, String reference,
                                          String category, String product, VolumeInput volume, LocalDate start,
                                          LocalDate end) implements ApiRequest<SubmitAssignmentRequestCommand> {

  @Override
  public Either<DomainError, SubmitAssignmentRequestCommand> toCommand() {
    return SubmitAssignmentRequestCommand.read(municipality, provider, client, reference, category, product, volume,
        start, end);
  }
}
