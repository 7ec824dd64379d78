package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Investigation;

/** Records a finding while investigating or in the draft report: the region's staff and supervisors. */
public interface RecordFindingUseCase {
  /**
   * @return the stored investigation, or {@code Forbidden}, {@code InvalidInput} (every field
   *     error at once), {@code NotFound}, {@code InvestigationError.NotInStep}, {@code Closed},
   *     {@code StaleVersion}
   */
  Either<DomainError, Investigation> recordFinding(Actor actor, RecordFindingCommand command);
}
