package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.DateRange;

/**
 * Evidence submitted for one admission condition (bewijsstuk): which condition it meets, a
 * reference to the document (a number or file name; the document itself lives elsewhere), the first
 * day it is valid, and its expiry date: the last day it is valid, inclusive ({@code geldig tot en
 * met}); none for evidence that does not expire, such as a signed declaration. Submitted evidence is
 * never changed: newer evidence is added beside it.
 */
public record Evidence(ConditionCode condition, String reference, LocalDate validFrom, Option<LocalDate> expiresOn,
    LocalDate submittedOn) {

  /** The longest reference stored. */
  public static final int MAX_REFERENCE_LENGTH = 200;

  public Evidence {
    requireNonNull(condition, "condition");
    requireNonNull(reference, "reference");
    requireNonNull(validFrom, "validFrom");
    requireNonNull(expiresOn, "expiresOn");
    requireNonNull(submittedOn, "submittedOn");
    if (reference.isBlank()) {
      throw new IllegalArgumentException("evidence has a reference");
    }
    if (expiresOn.exists(e -> e.isBefore(validFrom))) {
      throw new IllegalArgumentException("evidence does not expire before it starts");
    }
  }

  /** The days it is valid. */
  public DateRange validity() {
    return new DateRange(validFrom, expiresOn);
  }

  public boolean validOn(LocalDate date) {
    return validity().contains(date);
  }

  /** Whether it expired before {@code date} (its last valid day lies before it). */
  public boolean expiredBefore(LocalDate date) {
    return expiresOn.exists(e -> e.isBefore(date));
  }
}
