package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Page;

/**
 * Lists a provider's contracts. Open as {@link GetContractUseCase}; a provider's staff asking for
 * another provider get an empty page, as if it had no contracts.
 */
public interface ListContractsUseCase {
  /** @return the page, or {@code NotFound} (provider not registered), {@code InvalidInput} */
  Either<DomainError, Page<Contract>> listContracts(Actor actor, ListContractsQuery query);
}
