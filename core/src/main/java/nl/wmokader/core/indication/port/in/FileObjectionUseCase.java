package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Records an objection against a decision. One filed after the six-week objection window is
 * recorded as late, not refused; its decision is then due within the configured term.
 */
public interface FileObjectionUseCase {
  /**
   * @return the case with its objection, or {@code Forbidden}, {@code InvalidInput} (missing
   *     fields, a date in the future), {@code NotFound}, {@code ObjectionWithoutDecision},
   *     {@code ObjectionAlreadyFiled}, {@code BeforePreviousStep}, {@code StaleVersion}
   */
  Either<DomainError, Indication> fileObjection(Actor actor, FileObjectionCommand command);
}
