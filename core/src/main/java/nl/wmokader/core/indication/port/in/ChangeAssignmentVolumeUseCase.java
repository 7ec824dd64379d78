package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.AssignmentChange;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Changes an assignment's volume (iWmo OP043): the current assignment ends the day before the
 * change date (stop reason CHANGE_REQUEST or INITIATED_BY_MUNICIPALITY) and a new one with the new
 * volume, linked to it, runs from the change date to the old end. Both are stored together or not at all.
 */
public interface ChangeAssignmentVolumeUseCase {
  /**
   * @return the ended and the new assignment, or {@code Forbidden} (not the region's or a
   *     municipality's staff), {@code InvalidInput} (missing fields; a generic budget not in euros;
   *     a weekly volume on an open-ended assignment), {@code NotFound} (absent, or not the actor's
   *     case), {@code AssignmentError.VolumeUnchanged}, {@code NotActive}, {@code DateOutOfRange}
   *     (the change date must leave the old one a day, and every reported day of delivery, and lie
   *     inside its validity), {@code NotGranted}, {@code NotInKind}, {@code OutsideGrant},
   *     {@code Stacking}, {@code PersonalBudgetOverlap}, {@code ProviderNotContracted} (on the
   *     change date), {@code StaleVersion}
   */
  Either<DomainError, AssignmentChange> changeAssignmentVolume(Actor actor, ChangeAssignmentVolumeCommand command);
}
