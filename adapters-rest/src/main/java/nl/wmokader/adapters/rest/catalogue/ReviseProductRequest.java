package nl.wmokader.adapters.rest.catalogue;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.ReviseProductCommand;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/products/{productCode}/versions}: a new version from {@code from}.
 * {@code category}, when given, must be the product's own; {@code frequency} and {@code until} are
 * optional. The command still needs the product code from the path.
 */
public record ReviseProductRequest(ProductCategory category, String name, Unit unit, ExecutionVariant variant,
    Frequency frequency, LocalDate from, LocalDate until)
    implements ApiRequest<Function<ProductCode, ReviseProductCommand>> {

  @Override
  public Either<DomainError, Function<ProductCode, ReviseProductCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    check.presentText("name", name);
    check.present("unit", unit);
    check.present("variant", variant);
    check.valid(DateRange.validate("from", from, "until", Option.of(until)));
    return check.resultFrom(() -> code -> new ReviseProductCommand(code, Option.of(category), name, unit, variant,
        Option.of(frequency), from, Option.of(until)));
  }
}
