package nl.wmokader.core.indication.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * An objection (bezwaarschrift) against the decision: when it was filed, whether that was after the
 * objection term (Awb art. 6:7, six weeks; recorded, not refused: lateness may be excusable, Awb
 * art. 6:11), and, once decided, the outcome and its date.
 */
public record Objection(LocalDate filedOn, boolean late, Option<ObjectionOutcome> outcome, Option<LocalDate> decidedOn) {
  public Objection {
    requireNonNull(filedOn, "filedOn");
    requireNonNull(outcome, "outcome");
    requireNonNull(decidedOn, "decidedOn");
    if (outcome.isDefined() != decidedOn.isDefined()) {
      throw new IllegalArgumentException("an objection's outcome and decision date come together");
    }
  }

  public static Objection filed(LocalDate filedOn, boolean late) {
    return new Objection(filedOn, late, Option.none(), Option.none());
  }

  public boolean isDecided() {
    return outcome.isDefined();
  }

  Objection decided(ObjectionOutcome result, LocalDate on) {
    return new Objection(filedOn, late, Option.some(result), Option.some(on));
  }
}
