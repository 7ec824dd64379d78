package nl.wmokader.core.region.domain;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.shared.MunicipalityCode;

/** A member municipality (regiogemeente) of the region; the central one (centrumgemeente) acts for all. */
public record Member(MunicipalityCode code, String name, boolean central) {
  public Member {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
  }
}
