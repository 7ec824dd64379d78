package nl.wmokader.core.settlement.domain;

import static java.util.Objects.requireNonNull;

/**
 * What a shared cost is for, e.g. the regional teams or the specialist safety net for sheltered
 * housing and shelter (BW/MO). A name rather than an enum: regions add their own cost pools as data.
 */
public record AllocationPurpose(String name) {

  public static final AllocationPurpose REGIONAL_TEAMS = new AllocationPurpose("REGIONAL_TEAMS");
  public static final AllocationPurpose SPECIALIST_SAFETY_NET = new AllocationPurpose("SPECIALIST_SAFETY_NET");

  public AllocationPurpose {
    requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
  }
}
