package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Change the volume of {@code assignment} from {@code changeDate} on. {@code onProviderRequest}:
 * the change answers the provider's change request (iWmo 317), which the ended assignment's stop
 * reason records; otherwise the municipality initiated it. Made from raw values by {@link #read};
 * {@link #validated} is the second round the use case applies after access.
 */
public record ChangeAssignmentVolumeCommand(AssignmentId assignment, LocalDate changeDate, Volume newVolume,
                                            boolean onProviderRequest) {

  /**
   * The command on the assignment named apart (a path's) from raw values ({@code onProviderRequest}
   * absent: false), or every missing or malformed field ({@code newVolume.unit}). The values are
   * read without the assignment, so that a caller can report their errors together with those of
   * its id.
   */
  public static Either<DomainError, Function<AssignmentId, ChangeAssignmentVolumeCommand>> read(
      LocalDate changeDate, VolumeInput newVolume, Boolean onProviderRequest) {
    FieldChecks check = new FieldChecks();
    LocalDate date = check.present("changeDate", changeDate);
    VolumeInput v = check.present("newVolume", newVolume);
    Volume volume = v == null ? null : v.read(check, "newVolume");
    boolean providerAsked = Boolean.TRUE.equals(onProviderRequest);
    return check.resultFrom(() -> id -> new ChangeAssignmentVolumeCommand(id, date, volume, providerAsked));
  }

  /** This command when it names the assignment, the change date and the new volume. */
  public Either<DomainError, ChangeAssignmentVolumeCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("assignment", assignment);
    checks.required("changeDate", changeDate);
    checks.required("newVolume", newVolume);
    return checks.result(this);
  }
}
