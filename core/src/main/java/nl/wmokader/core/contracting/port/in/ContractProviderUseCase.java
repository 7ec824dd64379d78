package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Concludes a contract directly: a new ACTIVE contract for a period, with its first lots, without
 * the admission steps (e.g. a contract taken over from before the open-house flow, or agreed outside
 * it). It carries the admission checklist in force, so that missing evidence is reported and can be
 * submitted later. The open-house path is {@link ApplyForAdmissionUseCase}, then admission and activation.
 */
public interface ContractProviderUseCase {
  /**
   * @return the stored contract, or {@code Forbidden} (not region staff), {@code InvalidInput}
   *     (missing fields, negative tariffs; all at once), {@code NotFound} (provider not registered),
   *     {@code ContractsOverlap} (the provider has a contract in force during the period),
   *     {@code LotOutsideContractPeriod}, {@code LotsOverlap}, {@code ProductNotInCatalogue}
   */
  Either<DomainError, Contract> contractProvider(Actor actor, ContractProviderCommand command);
}
