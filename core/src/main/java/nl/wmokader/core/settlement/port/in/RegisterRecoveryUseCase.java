package nl.wmokader.core.settlement.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.settlement.domain.Recovery;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Registers a recovery (terugvordering): what supervision calls when an investigation finds an
 * amount paid unduly. Open to the region and supervisors. The month is the current one or later
 * (a closed month's settlement never changes).
 */
public interface RegisterRecoveryUseCase {
  /**
   * @return the recovery; the same one when its reference was registered with the same content;
   *     {@code InvalidInput} (amount not positive, not a member, a past month, blank reason),
   *     {@code Duplicate} (the reference names another recovery)
   */
  Either<DomainError, Recovery> registerRecovery(Actor actor, RegisterRecoveryCommand command);
}
