package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.supervision.domain.Signal;

/** Lists signals: the region's staff and supervisors (a signal may hold a client's story). */
public interface ListSignalsUseCase {
  /** @return the page, or {@code Forbidden}, {@code InvalidInput} (no query or page) */
  Either<DomainError, Page<Signal>> listSignals(Actor actor, ListSignalsQuery query);
}
