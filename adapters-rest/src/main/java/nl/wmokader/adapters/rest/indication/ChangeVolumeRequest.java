package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.port.in.ChangeAssignmentVolumeCommand;
import nl.wmokader.core.indication.port.in.VolumeInput;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/assignments/{assignmentId}/volume-change}: from {@code changeDate}
 * on, {@code newVolume}. {@code onProviderRequest} (default false) records that the change answers
 * the provider's change request (stop reason CHANGE_REQUEST instead of INITIATED_BY_MUNICIPALITY).
 */
public record ChangeVolumeRequest(LocalDate changeDate, VolumeInput newVolume, Boolean onProviderRequest)
    implements ApiRequest<Function<AssignmentId, ChangeAssignmentVolumeCommand>> {

  @Override
  public Either<DomainError, Function<AssignmentId, ChangeAssignmentVolumeCommand>> toCommand() {
    return ChangeAssignmentVolumeCommand.read(changeDate, newVolume, onProviderRequest);
  }
}
