package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** The provider reports the last day of delivery and why (stop zorg, iWmo 307); the assignment is STOPPED. */
public interface ReportDeliveryStopUseCase {
  /**
   * @return the stored assignment, or {@code Forbidden} (not a provider), {@code InvalidInput}
   *     (missing fields), {@code NotFound} (absent, or another provider's),
   *     {@code AssignmentError.NotStarted}, {@code NotActive} (stopped, ended or deleted),
   *     {@code DateOutOfRange} (before the start of delivery or after the validity), {@code StaleVersion}
   */
  Either<DomainError, Assignment> reportDeliveryStop(Actor actor, ReportDeliveryStopCommand command);
}
