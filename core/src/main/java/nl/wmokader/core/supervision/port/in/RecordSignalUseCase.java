package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Signal;

/** Records a signal about a registered provider: the region's staff, a member's staff and supervisors. */
public interface RecordSignalUseCase {
  /**
   * @return the stored (open) signal, or {@code Forbidden} (a provider), {@code InvalidInput} (every
   *     field error at once: missing fields, unknown provider, a description of 1 to 4,000
   *     characters, received in the future)
   */
  Either<DomainError, Signal> recordSignal(Actor actor, RecordSignalCommand command);
}
