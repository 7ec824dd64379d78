package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Issues an assignment (toewijzing, iWmo 301) for an in-kind grant. */
public interface IssueAssignmentUseCase {
  /**
   * Checks, in this order: the role, the input, the indication and its grant, the assignment rules.
   *
   * @return the stored assignment (status ASSIGNED, issued today), or {@code Forbidden} (not the
   *     region's or a municipality's staff), {@code InvalidInput} (missing fields, end before start,
   *     a product on an aspecific or generic assignment, no volume where one is required, a generic
   *     volume not in euros, a weekly volume without an end, a specific one without any product),
   *     {@code NotFound} (no such indication, or not the actor's case),
   *     {@code AssignmentError.NotGranted}, {@code NotInKind}, {@code ProductNotGranted},
   *     {@code OutsideGrant}, {@code Stacking}, {@code PersonalBudgetOverlap},
   *     {@code ProviderNotContracted}, or what the delivery-right lookup answers
   */
  Either<DomainError, Assignment> issueAssignment(Actor actor, IssueAssignmentCommand command);
}
