package nl.wmokader.core.obligations.port.in;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.obligations.domain.ObligationTerms;
import nl.wmokader.core.shared.FieldChecks;

/** The second-round checks the obligations' commands share. */
final class Checks {
  private Checks() {}

  /** A year that has begun: one cannot have spent or declared anything about a later one. */
  static void pastOrCurrentYear(FieldChecks checks, int year, LocalDate today) {
    checks.check(ObligationTerms.inRange(year), "year", "out_of_range",
        "must be " + ObligationTerms.FIRST_YEAR + ".." + ObligationTerms.LAST_YEAR);
    checks.check(year <= today.getYear(), "year", "in_the_future", "must not lie after the current year");
  }

  /** An optional text: when given, not blank and at most {@code max} characters once stripped. */
  static void text(FieldChecks checks, String field, Option<String> raw, int max) {
    if (raw == null || raw.isEmpty()) {
      return;
    }
    String text = raw.get();
    if (text.isBlank()) {
      checks.add(field, "blank", "must have text when given");
    } else {
      checks.check(text.strip().length() <= max, field, "too_long", "must be at most " + max + " characters");
    }
  }
}
