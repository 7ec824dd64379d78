package nl.wmokader.core.settlement.port.in;

import io.vavr.collection.Seq;
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

  /**
   * Registers several recoveries all or none: every command is checked first, then all are stored
   * together. A reference registered earlier with the same content is kept as it is (a retry).
   *
   * @return the recoveries in the commands' order; {@code InvalidInput} with every field error,
   *     named {@code [i].field} after the command's position; {@code Duplicate} when a reference
   *     names another recovery or appears twice. Nothing is stored on any {@code Left}.
   */
  Either<DomainError, Seq<Recovery>> registerRecoveries(Actor actor, Seq<RegisterRecoveryCommand> commands);

  /**
   * What {@link #registerRecoveries} would answer, without storing anything: for a caller that
   * must know its recoveries will be taken before it records what causes them.
   *
   * @return the commands when all would be registered; otherwise the same {@code Left}
   */
  Either<DomainError, Seq<RegisterRecoveryCommand>> checkRecoveries(Actor actor, Seq<RegisterRecoveryCommand> commands);
}
