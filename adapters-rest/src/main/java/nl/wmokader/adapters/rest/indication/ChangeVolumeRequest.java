package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.ChangeAssignmentVolumeCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/assignments/{assignmentId}/volume-change}: from {@code changeDate}
 * on, {@code newVolume}. {@code onProviderRequest} (default false) records that the change answers
 * the provider's change request (stop reason CHANGE_REQUEST instead of INITIATED_BY_MUNICIPALITY).
 */
public record ChangeVolumeRequest(LocalDate changeDate, VolumeRequest newVolume, Boolean onProviderRequest)
    implements ApiRequest<Function<AssignmentId, ChangeAssignmentVolumeCommand>> {

  @Override
  public Either<DomainError, Function<AssignmentId, ChangeAssignmentVolumeCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    LocalDate date = check.present("changeDate", changeDate);
    VolumeRequest v = check.present("newVolume", newVolume);
    Volume volume = v == null ? null : v.toVolume(check, "newVolume");
    boolean providerAsked = Boolean.TRUE.equals(onProviderRequest);
    return check.resultFrom(() -> id -> new ChangeAssignmentVolumeCommand(id, date, volume, providerAsked));
  }
}
