package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Calamity;

/** Records the GGD's start, its conclusion or the region's follow-up: the region's staff and supervisors. */
public interface RecordGgdStepUseCase {
  /**
   * @return the stored calamity, or {@code Forbidden}, {@code InvalidInput} (missing fields, a
   *     text where none belongs or of 1 to 4,000 characters), {@code NotFound}, {@code
   *     CalamityError.NotInStep}, {@code CalamityError.BeforePreviousStep}, {@code StaleVersion}
   */
  Either<DomainError, Calamity> recordGgdStep(Actor actor, RecordGgdStepCommand command);
}
