package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** Agrees the claim moments of an output-based lot, replacing earlier ones. Region staff only. */
public interface SetClaimMomentsUseCase {
  /**
   * @return the stored contract, or {@code Forbidden}, {@code InvalidInput} (inconsistent claim
   *     moments), {@code NotFound} (contract), {@code ContractTerminated}, {@code NoLotOn}, {@code
   *     ClaimMomentsNotApplicable} (the product is not output-based on that day), {@code
   *     ProductNotInCatalogue}, {@code StaleVersion}
   */
  Either<DomainError, Contract> setClaimMoments(Actor actor, SetClaimMomentsCommand command);
}
