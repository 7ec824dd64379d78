package nl.wmokader.core.obligations.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.obligations.domain.Refusal;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** A provider records that it refused a client with an indication (acceptance duty). */
public interface RecordRefusalUseCase {
  /**
   * @return the stored refusal, or {@code Forbidden} (not a provider's staff), {@code InvalidInput}
   *     (missing fields, a date in the future or before 2015, an explanation missing for OTHER, blank or
   *     too long), {@code NotFound} (provider not registered, or another provider's),
   *     {@code NotContractedInYear}
   */
  Either<DomainError, Refusal> recordRefusal(Actor actor, RecordRefusalCommand command);
}
