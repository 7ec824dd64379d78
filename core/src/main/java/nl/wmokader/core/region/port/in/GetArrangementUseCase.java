package nl.wmokader.core.region.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * The regional arrangement (centrumregeling) with its term as of the clock: public information, open
 * to every actor. The arrangement and its extensions are configuration of the facade, not stored data.
 */
public interface GetArrangementUseCase {
  /** @return the arrangement as of today; never a Left today, the Either leaves room for a stored arrangement */
  Either<DomainError, ArrangementInForce> getArrangement(Actor actor);
}
