package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Records the decision on an objection: upheld, dismissed or inadmissible. */
public interface DecideOnObjectionUseCase {
  /**
   * @return the case, or {@code Forbidden}, {@code InvalidInput} (missing fields, a date in the
   *     future), {@code NotFound}, {@code NoObjection}, {@code ObjectionAlreadyDecided},
   *     {@code BeforePreviousStep}, {@code StaleVersion}
   */
  Either<DomainError, Indication> decideOnObjection(Actor actor, DecideOnObjectionCommand command);
}
