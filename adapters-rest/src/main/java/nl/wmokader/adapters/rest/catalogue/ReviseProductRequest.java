package nl.wmokader.adapters.rest.catalogue;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.ReviseProductCommand;
import nl.wmokader.core.shared.DomainError;

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
    return ReviseProductCommand.read(category, name, unit, variant, frequency, from, until);
  }
}
