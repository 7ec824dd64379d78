package nl.wmokader.core.region.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import nl.wmokader.core.shared.MunicipalityCode;

/** A member's number of inhabitants on a reference date (CBS, 1 January). Data, never a constant. */
public record InhabitantCount(MunicipalityCode municipality, LocalDate referenceDate, long inhabitants) {
  public InhabitantCount {
    requireNonNull(municipality, "municipality");
    requireNonNull(referenceDate, "referenceDate");
    if (inhabitants < 0) {
      throw new IllegalArgumentException("inhabitants < 0");
    }
  }
}
