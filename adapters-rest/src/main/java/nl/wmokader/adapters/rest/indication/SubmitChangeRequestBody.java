package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.port.in.SubmitChangeRequestCommand;
import nl.wmokader.core.indication.port.in.VolumeInput;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/assignment-change-requests}: the provider asks {@code municipality}
 * to change its assignment {@code assignment} (the iWmo ToewijzingNummer) of {@code client} from
 * {@code changeDate} on, to {@code newVolume} or {@code newEnd} (iWmo 317's TeWijzigenProduct).
 */
public record SubmitChangeRequestBody(String municipality, String provider, String client, String reference,
                                      String assignment, LocalDate changeDate, VolumeInput newVolume, LocalDate newEnd)
    implements ApiRequest<SubmitChangeRequestCommand> {

  @Override
  public Either<DomainError, SubmitChangeRequestCommand> toCommand() {
    return SubmitChangeRequestCommand.read(municipality, provider, client, reference, assignment, changeDate, newVolume,
        newEnd);
  }
}
