package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * A provider applies for admission: a new contract in status APPLIED, carrying the admission
 * checklist in force. By the provider's own staff, or by the region's staff on its behalf.
 */
public interface ApplyForAdmissionUseCase {
  /**
   * @return the stored application, or {@code Forbidden} (municipality, supervisor, another
   *     provider's staff), {@code InvalidInput} (missing fields, no or duplicate products; all at
   *     once), {@code NotFound} (provider not registered), {@code NotAProcurementPeriod}, {@code
   *     ContractsOverlap} (an application or contract of the provider during the period), {@code
   *     ProductNotInCatalogue} (on the period's first day)
   */
  Either<DomainError, Contract> applyForAdmission(Actor actor, ApplyForAdmissionCommand command);
}
