package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Contracts a provider (open house): a new active contract for a period, with its first lots. */
public interface ContractProviderUseCase {
  /**
   * @return the stored contract, or {@code Forbidden} (not region staff), {@code InvalidInput}
   *     (missing fields, negative tariffs; all at once), {@code NotFound} (provider not registered),
   *     {@code ContractsOverlap} (the provider has a contract in force during the period),
   *     {@code LotOutsideContractPeriod}, {@code LotsOverlap}, {@code ProductNotInCatalogue}
   */
  Either<DomainError, Contract> contractProvider(Actor actor, ContractProviderCommand command);
}
