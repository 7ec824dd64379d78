package nl.wmokader.adapters.rest.obligations;

import java.time.LocalDate;
import nl.wmokader.core.obligations.domain.QualityDeclaration;

/** A provider's declaration of quality-framework compliance for a year. */
public record QualityDeclarationDto(String provider, int year, String statement, LocalDate declaredOn, long version) {

  public static QualityDeclarationDto from(QualityDeclaration d) {
    return new QualityDeclarationDto(d.provider().value(), d.year(), d.statement().getOrNull(), d.declaredOn(), d.version());
  }
}
