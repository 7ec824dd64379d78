package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The decision (beschikking) on an application: a grant, or a refusal with its reason. A refused
 * applicant is eligible for the client experience survey.
 */
public record Decision(LocalDate decidedOn, Option<Grant> grant, Option<String> refusalReason) {
  public Decision {
    requireNonNull(decidedOn, "decidedOn");
    requireNonNull(grant, "grant");
    requireNonNull(refusalReason, "refusalReason");
    if (grant.isDefined() == refusalReason.isDefined()) {
      throw new IllegalArgumentException("a decision either grants or refuses with a reason");
    }
  }

  public static Decision granted(LocalDate decidedOn, Grant grant) {
    return new Decision(decidedOn, Option.some(grant), Option.none());
  }

  public static Decision refused(LocalDate decidedOn, String reason) {
    return new Decision(decidedOn, Option.none(), Option.some(reason));
  }

  public boolean isGrant() {
    return grant.isDefined();
  }
}
