package nl.wmokader.core.catalogue.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;

/** The reference tariff per unit of product {@code code} from {@code from} to {@code until} (none: open-ended). */
public record SetReferenceTariffCommand(ProductCode code, Money perUnit, LocalDate from, Option<LocalDate> until) {

  /**
   * The command from raw values for the product an adapter names elsewhere (a URL path), or every
   * missing or malformed field (the first round).
   */
  public static Either<DomainError, Function<ProductCode, SetReferenceTariffCommand>> read(Long tariffCents,
      LocalDate from, LocalDate until) {
    FieldChecks check = new FieldChecks();
    if (check.present("tariffCents", tariffCents) != null && tariffCents < 0) {
      check.add("tariffCents", "negative", "must be 0 or more");
    }
    check.valid(DateRange.validate("from", from, "until", Option.of(until)));
    return check.resultFrom(() -> code -> new SetReferenceTariffCommand(code, Money.ofCents(tariffCents), from,
        Option.of(until)));
  }

  /** This command when it names a product and a tariff of 0 or more over a whole period (the second round). */
  public Either<DomainError, SetReferenceTariffCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("code", code);
    if (checks.required("perUnit", perUnit)) {
      checks.check(!perUnit.isNegative(), "perUnit", "negative", "must be 0 or more");
    }
    ProductFields.period(checks, from, until);
    return checks.result(this);
  }
}
