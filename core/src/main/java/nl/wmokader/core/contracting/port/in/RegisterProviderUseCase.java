package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Registers a care provider with the region, so that it can apply for admission or be contracted. */
public interface RegisterProviderUseCase {
  /**
   * @return the stored provider, or {@code Forbidden} (not region staff), {@code InvalidInput}
   *     (missing AGB or KvK number, blank or too long name, no delivery form, invalid contact; all at
   *     once), {@code Duplicate} (AGB code registered already)
   */
  Either<DomainError, Provider> registerProvider(Actor actor, RegisterProviderCommand command);
}
