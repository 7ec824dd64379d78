package nl.wmokader.core.catalogue.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * A new product code with its first version, valid from {@code from} to {@code until} (none:
 * open-ended); {@code localTo} names the member of a member-local product (none: regional).
 */
public record DefineProductCommand(
    ProductCode code,
    ProductCategory category,
    String name,
    Unit unit,
    ExecutionVariant variant,
    Option<Frequency> frequency,
    LocalDate from,
    Option<LocalDate> until,
    Option<MunicipalityCode> localTo) {

  /** The most characters of a product's name. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The command from raw values, or every missing or malformed field (the first round). */
  public static Either<DomainError, DefineProductCommand> read(String code, ProductCategory category, String name,
      Unit unit, ExecutionVariant variant, Frequency frequency, LocalDate from, LocalDate until, String localTo) {
    FieldChecks check = new FieldChecks();
    ProductCode productCode = check.valid(ProductCode.validate("code", code));
    check.present("category", category);
    check.presentText("name", name);
    check.present("unit", unit);
    check.present("variant", variant);
    check.valid(DateRange.validate("from", from, "until", Option.of(until)));
    Option<MunicipalityCode> member = localTo == null
        ? Option.none()
        : Option.of(check.valid(MunicipalityCode.validate("localTo", localTo)));
    return check.resultFrom(() -> new DefineProductCommand(productCode, category, name, unit, variant,
        Option.of(frequency), from, Option.of(until), member));
  }

  /** This command when every field is given, the name at most 200 characters and the period whole (the second round). */
  public Either<DomainError, DefineProductCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("code", code);
    checks.required("category", category);
    ProductFields.version(checks, name, unit, variant, from, until);
    return checks.result(this);
  }
}
