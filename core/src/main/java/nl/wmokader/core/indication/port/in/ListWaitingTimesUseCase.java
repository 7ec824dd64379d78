package nl.wmokader.core.indication.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.WaitingTimeSummary;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Waiting times (delivery start − assignment date) per provider and product [B §4.1], over the
 * started assignments the actor may see. Replacements after a change of volume and deleted
 * assignments do not count: the client did not wait for them.
 */
public interface ListWaitingTimesUseCase {
  /**
   * @return one summary per provider and product (by provider, category, product), or
   *     {@code Forbidden} (supervisor), {@code InvalidInput}
   */
  Either<DomainError, Seq<WaitingTimeSummary>> listWaitingTimes(Actor actor, ListWaitingTimesQuery query);
}
