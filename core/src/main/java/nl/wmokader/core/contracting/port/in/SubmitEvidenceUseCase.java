package nl.wmokader.core.contracting.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * Submits evidence for an admission condition, on an application or, to keep it current, on a
 * contract in force. By the provider's own staff or the region's staff.
 */
public interface SubmitEvidenceUseCase {
  /**
   * @return the stored contract, or {@code Forbidden} (municipality, supervisor), {@code
   *     InvalidInput} (missing fields, an expiry date before the first valid day; all at once),
   *     {@code NotFound} (contract absent or another provider's), {@code ContractTerminated},
   *     {@code UnknownCondition} (not on the contract's checklist), {@code StaleVersion}
   */
  Either<DomainError, Contract> submitEvidence(Actor actor, SubmitEvidenceCommand command);
}
