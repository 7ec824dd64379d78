package nl.wmokader.core.obligations.port.out;

import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.obligations.domain.QualityDeclaration;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;

/** Stores quality-framework declarations, one per provider and year. */
public interface QualityDeclarationRepository {

  Option<QualityDeclaration> find(AgbCode provider, int year);

  /**
   * Stores {@code declaration} when the stored version of its provider and year equals its version
   * (0: none stored yet) and returns the stored copy with the version raised by one; else
   * {@code Left(StaleVersion)}.
   */
  Either<DomainError, QualityDeclaration> save(QualityDeclaration declaration);
}
