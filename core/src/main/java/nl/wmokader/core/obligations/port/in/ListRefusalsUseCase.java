package nl.wmokader.core.obligations.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import nl.wmokader.core.obligations.domain.Refusal;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Lists a provider's refusals of a year, by date. The region's and members' staff and supervisors
 * read every provider's; a provider's staff only their own.
 */
public interface ListRefusalsUseCase {
  /**
   * @return the refusals, or {@code InvalidInput} (no provider, year out of range), {@code NotFound}
   *     (provider not registered, or another provider's)
   */
  Either<DomainError, Seq<Refusal>> listRefusals(Actor actor, ListRefusalsQuery query);
}
