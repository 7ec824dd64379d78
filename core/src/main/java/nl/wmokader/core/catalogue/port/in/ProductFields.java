package nl.wmokader.core.catalogue.port.in;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.FieldChecks;

/** The checks a product version's fields share, whichever command carries them. */
final class ProductFields {

  private ProductFields() {}

  /** A name of 1 to {@link DefineProductCommand#MAX_NAME_LENGTH} characters, unit, variant and period. */
  static void version(FieldChecks checks, String name, Object unit, Object variant, LocalDate from,
                      Option<LocalDate> until) {
    if (checks.requiredText("name", name)) {
      checks.check(name.strip().length() <= DefineProductCommand.MAX_NAME_LENGTH, "name", "too_long",
          "must be at most " + DefineProductCommand.MAX_NAME_LENGTH + " characters");
    }
    checks.required("unit", unit);
    checks.required("variant", variant);
    period(checks, from, until);
  }

  /** {@code from} given and {@code until}, when given, not before it. */
  static void period(FieldChecks checks, LocalDate from, Option<LocalDate> until) {
    checks.addAll(DateRange.validate("from", from, "until", until == null ? Option.none() : until)
        .fold(List::of, ok -> List.empty()));
  }
}
