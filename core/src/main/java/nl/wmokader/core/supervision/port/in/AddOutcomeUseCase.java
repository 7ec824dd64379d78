package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Investigation;

/**
 * Adds an outcome once the final report exists: the region's staff and supervisors. A formal
 * measure acts on the rest of the domain through its use cases, as the region, after the
 * investigation is stored: a client stop is imposed on the provider's contract in force on its
 * first day, a suspension (from today only: contracting suspends from the day it is asked)
 * suspends it, a termination terminates it, a recovery registers one recovery per member in the
 * current month with a reference derived from the investigation, outcome and part, so a repeated
 * registration is idempotent. An instruction and a fraud report are recorded only.
 *
 * <p>Adding a measure equal to one already decided is a retry: it is not added twice, and its
 * effect is applied again where it has not taken effect (a recovery's parts re-register under
 * their references; a client stop, suspension or termination already in place is left as is).
 */
public interface AddOutcomeUseCase {
  /**
   * @return the stored investigation, or {@code Forbidden}, {@code InvalidInput} (missing fields, a
   *     suspension not from today, no contract in force for a contract measure: nothing stored),
   *     {@code NotFound}, {@code InvestigationError} ({@code NotInStep}, {@code Closed}, {@code
   *     DateInPast}, {@code AmountNotPositive}, {@code InvalidOutcome}, {@code ContradictoryOutcome}),
   *     {@code StaleVersion}; or the error of the measure's use case, in which case the outcome
   *     is stored and the measure (for a recovery: from the failing part on) is not
   */
  Either<DomainError, Investigation> addOutcome(Actor actor, AddOutcomeCommand command);
}
