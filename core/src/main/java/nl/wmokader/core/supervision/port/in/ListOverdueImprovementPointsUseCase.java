package nl.wmokader.core.supervision.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** The improvement points overdue today, over every investigation not closed: the region's staff and supervisors. */
public interface ListOverdueImprovementPointsUseCase {
  /** @return by investigation opening, then index; or {@code Forbidden} */
  Either<DomainError, Seq<OverdueImprovementPoint>> listOverdueImprovementPoints(Actor actor);
}
