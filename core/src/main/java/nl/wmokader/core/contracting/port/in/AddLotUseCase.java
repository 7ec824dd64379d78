package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Adds a product lot to a contract. */
public interface AddLotUseCase {
  /**
   * @return the stored contract, or {@code Forbidden} (not region staff), {@code InvalidInput},
   *     {@code NotFound} (contract), {@code ContractTerminated}, {@code LotOutsideContractPeriod},
   *     {@code LotsOverlap}, {@code ProductNotInCatalogue}, {@code StaleVersion}
   */
  Either<DomainError, Contract> addLot(Actor actor, AddLotCommand command);
}
