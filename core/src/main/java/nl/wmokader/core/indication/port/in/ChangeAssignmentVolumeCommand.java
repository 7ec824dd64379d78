package nl.wmokader.core.indication.port.in;

import java.time.LocalDate;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.Volume;

/**
 * Change the volume of {@code assignment} from {@code changeDate} on. {@code onProviderRequest}:
 * the change answers the provider's change request (iWmo 317), which the ended assignment's stop
 * reason records; otherwise the municipality initiated it.
 */
public record ChangeAssignmentVolumeCommand(AssignmentId assignment, LocalDate changeDate, Volume newVolume,
                                            boolean onProviderRequest) {}
