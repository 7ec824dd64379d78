package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** The provider reports the first day of delivery (start zorg, iWmo 305). */
public interface ReportDeliveryStartUseCase {
  /**
   * @return the stored assignment (DELIVERING, or still ENDED for a late report on an ended one),
   *     or {@code Forbidden} (not a provider), {@code InvalidInput} (missing fields, a date in the
   *     future), {@code NotFound} (absent, or another provider's), {@code AssignmentError.NotActive}
   *     (deleted), {@code AlreadyStarted}, {@code DateOutOfRange} (outside the assignment's
   *     effective period), {@code StaleVersion}
   */
  Either<DomainError, Assignment> reportDeliveryStart(Actor actor, ReportDeliveryStartCommand command);
}
