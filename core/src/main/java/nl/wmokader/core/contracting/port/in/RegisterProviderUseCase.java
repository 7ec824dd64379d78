package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Registers a care provider with the region, so that it can be contracted. */
public interface RegisterProviderUseCase {
  /**
   * @return the stored provider, or {@code Forbidden} (not region staff), {@code InvalidInput}
   *     (missing AGB code, blank or too long name), {@code Duplicate} (AGB code registered already)
   */
  Either<DomainError, Provider> registerProvider(Actor actor, RegisterProviderCommand command);
}
