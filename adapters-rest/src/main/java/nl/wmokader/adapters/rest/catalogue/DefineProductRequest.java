package nl.wmokader.adapters.rest.catalogue;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.DefineProductCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/products}: a new code with its first version. {@code frequency},
 * {@code until} and {@code localTo} (the member of a member-local product) are optional.
 */
public record DefineProductRequest(String code, ProductCategory category, String name, Unit unit,
    ExecutionVariant variant, Frequency frequency, LocalDate from, LocalDate until, String localTo)
    implements ApiRequest<DefineProductCommand> {

  @Override
  public Either<DomainError, DefineProductCommand> toCommand() {
    return DefineProductCommand.read(code, category, name, unit, variant, frequency, from, until, localTo);
  }
}
