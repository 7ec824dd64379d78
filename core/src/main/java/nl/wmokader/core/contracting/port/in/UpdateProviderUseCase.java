package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Updates a provider's register entry: by the region's staff, or by the provider's own staff. */
public interface UpdateProviderUseCase {
  /**
   * @return the stored provider, or {@code Forbidden} (municipality, supervisor, another provider's
   *     staff), {@code InvalidInput} (every invalid field at once), {@code NotFound} (not registered),
   *     {@code StaleVersion} (changed since {@code expectedVersion})
   */
  Either<DomainError, Provider> updateProvider(Actor actor, UpdateProviderCommand command);
}
