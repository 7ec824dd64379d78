package nl.wmokader.core.obligations.port.in;

import io.vavr.control.Either;
import nl.wmokader.core.obligations.domain.QualityDeclaration;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/** A provider declares its compliance with the regional quality framework for a year; declaring again replaces it. */
public interface DeclareQualityComplianceUseCase {
  /**
   * @return the stored declaration, or {@code Forbidden} (not a provider's staff), {@code InvalidInput}
   *     (no provider, year before 2015 or in the future, blank or too long statement), {@code NotFound}
   *     (provider not registered, or another provider's), {@code NotContractedInYear},
   *     {@code StaleVersion} (a concurrent declaration)
   */
  Either<DomainError, QualityDeclaration> declareQualityCompliance(Actor actor, DeclareQualityComplianceCommand command);
}
