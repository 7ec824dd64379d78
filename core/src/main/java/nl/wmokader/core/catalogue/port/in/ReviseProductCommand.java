package nl.wmokader.core.catalogue.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * A new version of product {@code code} from {@code from} to {@code until} (none: open-ended).
 * {@code category}, when given, must be the code's category: a code never changes category.
 */
public record ReviseProductCommand(
    ProductCode code,
    Option<ProductCategory> category,
    String name,
    Unit unit,
    ExecutionVariant variant,
    Option<Frequency> frequency,
    LocalDate from,
    Option<LocalDate> until) {

  /**
   * The command from raw values for the product an adapter names elsewhere (a URL path), or every
   * missing or malformed field (the first round).
   */
  public static Either<DomainError, Function<ProductCode, ReviseProductCommand>> read(ProductCategory category,
      String name, Unit unit, ExecutionVariant variant, Frequency frequency, LocalDate from, LocalDate until) {
    FieldChecks check = new FieldChecks();
    check.presentText("name", name);
    check.present("unit", unit);
    check.present("variant", variant);
    check.valid(DateRange.validate("from", from, "until", Option.of(until)));
    return check.resultFrom(() -> code -> new ReviseProductCommand(code, Option.of(category), name, unit, variant,
        Option.of(frequency), from, Option.of(until)));
  }

  /** This command when every field is given, the name at most 200 characters and the period whole (the second round). */
  public Either<DomainError, ReviseProductCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("code", code);
    ProductFields.version(checks, name, unit, variant, from, until);
    return checks.result(this);
  }
}
