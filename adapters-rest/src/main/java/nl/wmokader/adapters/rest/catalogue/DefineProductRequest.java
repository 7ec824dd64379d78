package nl.wmokader.adapters.rest.catalogue;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.catalogue.port.in.DefineProductCommand;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The body of {@code POST /api/v1/products}: a new code with its first version. {@code frequency},
 * {@code until} and {@code localTo} (the member of a member-local product) are optional.
 */
public record DefineProductRequest(String code, ProductCategory category, String name, Unit unit,
    ExecutionVariant variant, Frequency frequency, LocalDate from, LocalDate until, String localTo)
    implements ApiRequest<DefineProductCommand> {

  @Override
  public Either<DomainError, DefineProductCommand> toCommand() {
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
}
