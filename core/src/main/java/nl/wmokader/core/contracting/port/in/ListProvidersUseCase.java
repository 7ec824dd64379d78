package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * Lists the registered providers by AGB code, a page at a time; open to every actor, supervision
 * contacts shown as in {@link GetProviderUseCase}.
 */
public interface ListProvidersUseCase {
  /** @return the page, or {@code InvalidInput} (no page request) */
  Either<DomainError, Page<Provider>> listProviders(Actor actor, PageRequest page);
}
