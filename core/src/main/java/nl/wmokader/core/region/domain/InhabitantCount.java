package nl.wmokader.core.region.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import nl.wmokader.core.shared.MunicipalityCode;

/** A member's number of inhabitants on a reference date (CBS, 1 January). Data, never a constant. */
public record InhabitantCount(MunicipalityCode municipality, LocalDate referenceDate, long inhabitants) {
  /**
   * The most a count may be: no municipality comes near, and sums over members (weighted votes,
   * figures per 1,000 inhabitants) then stay far inside a {@code long}.
   */
  public static final long MAX_INHABITANTS = 1_000_000_000L;

  public InhabitantCount {
    requireNonNull(municipality, "municipality");
    requireNonNull(referenceDate, "referenceDate");
    if (inhabitants < 0 || inhabitants > MAX_INHABITANTS) {
      throw new IllegalArgumentException("inhabitants are 0.." + MAX_INHABITANTS);
    }
  }
}
