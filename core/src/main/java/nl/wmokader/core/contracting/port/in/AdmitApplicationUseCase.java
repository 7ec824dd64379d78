package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Admits an application (open house, no quota): admitted exactly when every required condition of
 * its checklist has evidence valid today, the admission date. Region staff only.
 */
public interface AdmitApplicationUseCase {
  /**
   * @return the stored contract (ADMITTED), or {@code Forbidden}, {@code InvalidInput}, {@code
   *     NotFound} (contract), {@code WrongStatus} (not APPLIED), {@code ContractTerminated}, {@code
   *     AdmissionConditionsNotMet} (listing the conditions without valid evidence), {@code StaleVersion}
   */
  Either<DomainError, Contract> admitApplication(Actor actor, AdmitApplicationCommand command);
}
