package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Reads one case, within the actor's view (region staff: all; a municipality's staff: its own and those attributed to it). */
public interface GetIndicationUseCase {
  /** @return the case, or {@code Forbidden} (providers, supervisors), {@code InvalidInput} (no id), {@code NotFound} (absent or not visible) */
  Either<DomainError, Indication> getIndication(Actor actor, IndicationId id);
}
