package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Agrees a contract's waiting-time norm, replacing an earlier one. Region staff only. */
public interface SetWaitingTimeNormUseCase {
  /**
   * @return the stored contract, or {@code Forbidden}, {@code InvalidInput} (missing, or outside
   *     1..365), {@code NotFound}, {@code ContractTerminated}, {@code StaleVersion}
   */
  Either<DomainError, Contract> setWaitingTimeNorm(Actor actor, SetWaitingTimeNormCommand command);
}
