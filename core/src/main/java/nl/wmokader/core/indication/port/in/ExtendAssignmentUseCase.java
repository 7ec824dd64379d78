package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Extends (or shortens) an assignment with unchanged volume: the same assignment gets another end
 * date (iWmo OP043). The provider's delivery right is not asked again: it was checked on the start.
 */
public interface ExtendAssignmentUseCase {
  /**
   * @return the stored assignment, or {@code Forbidden} (not the region's or a municipality's staff),
   *     {@code InvalidInput}, {@code NotFound} (absent, or not the actor's case),
   *     {@code AssignmentError.NotActive}, {@code DateOutOfRange} (before the start or the reported
   *     start of delivery), {@code NotGranted}, {@code NotInKind}, {@code OutsideGrant},
   *     {@code Stacking}, {@code PersonalBudgetOverlap}, {@code StaleVersion}
   */
  Either<DomainError, Assignment> extendAssignment(Actor actor, ExtendAssignmentCommand command);
}
