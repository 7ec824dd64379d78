package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

/**
 * One item of the open-house admission checklist (toelatingseis): its code, what it asks for, and
 * whether admission waits for it. Evidence of an optional condition is kept and reported on, but
 * does not decide admission.
 */
public record AdmissionCondition(ConditionCode code, String description, boolean required) {
  public static final int MAX_DESCRIPTION_LENGTH = 500;

  public AdmissionCondition {
    requireNonNull(code, "code");
    requireNonNull(description, "description");
    if (description.isBlank() || description.length() > MAX_DESCRIPTION_LENGTH) {
      throw new IllegalArgumentException("a condition has a description of at most " + MAX_DESCRIPTION_LENGTH + " characters");
    }
  }

  public static AdmissionCondition required(ConditionCode code, String description) {
    return new AdmissionCondition(code, description, true);
  }

  public static AdmissionCondition optional(ConditionCode code, String description) {
    return new AdmissionCondition(code, description, false);
  }
}
