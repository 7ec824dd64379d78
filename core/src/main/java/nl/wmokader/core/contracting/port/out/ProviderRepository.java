package nl.wmokader.core.contracting.port.out;

import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/** Stores providers, keyed by AGB code. */
public interface ProviderRepository {

  Option<Provider> findByAgb(AgbCode agb);

  /** One page of all providers, ordered by AGB code. */
  Page<Provider> findAll(PageRequest page);

  /**
   * Stores {@code provider} when the stored version equals its version and returns the stored copy
   * with the version raised by one. A new provider (version 0) whose AGB code is taken answers
   * {@code Left(Duplicate)}; any other version mismatch {@code Left(StaleVersion)}.
   */
  Either<DomainError, Provider> save(Provider provider);
}
