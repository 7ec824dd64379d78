package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;

/**
 * Reads a provider: open to every actor. The supervision contact (a person's details) is shown to
 * the region's staff, supervisors and the provider's own staff only; others get it as none.
 */
public interface GetProviderUseCase {
  /** @return the provider, or {@code NotFound}, {@code InvalidInput} (no AGB code) */
  Either<DomainError, Provider> getProvider(Actor actor, AgbCode agb);
}
