package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;

/**
 * What a provider did for the region's clients, as the obligations weigh it: deleted assignments
 * never happened for this purpose, and a replacement after a change of volume is the same client,
 * not a new one. Open to the region.
 */
public interface GetProviderActivityUseCase {
  /** The new clients {@code provider} was assigned in {@code year}: assignments issued that year, replacements not counted. */
  Either<DomainError, Long> assignmentsReceived(Actor actor, AgbCode provider, int year);

  /**
   * The latest day on or before {@code asOf} on which {@code provider} had a client in the region
   * (an assignment in force): {@code asOf} itself while it has one; none when it never had one.
   */
  Either<DomainError, Option<LocalDate>> lastClientDay(Actor actor, AgbCode provider, LocalDate asOf);
}
