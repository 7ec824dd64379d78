package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.Calamity;

/**
 * Records a calamity report: the provider itself, or the region's staff or a supervisor on the
 * provider's behalf. It counts in the provider's reporting obligation (late after 2 working days).
 */
public interface ReportCalamityUseCase {
  /**
   * @return the stored calamity, or {@code Forbidden} (a member's staff), {@code NotFound} (another
   *     provider's staff), {@code InvalidInput} (every field error at once: missing fields, unknown
   *     provider, dates in the future, reported before it occurred, a summary of 1 to 4,000 characters)
   */
  Either<DomainError, Calamity> reportCalamity(Actor actor, ReportCalamityCommand command);
}
