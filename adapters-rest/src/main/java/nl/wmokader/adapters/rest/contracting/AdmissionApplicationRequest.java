package nl.wmokader.adapters.rest.contracting;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.port.in.ApplyForAdmissionCommand;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/providers/{agbCode}/admission-applications}: the procurement
 * period {@code from} to {@code until} and the product codes applied for (at least one).
 */
public record AdmissionApplicationRequest(LocalDate from, LocalDate until, java.util.List<String> products)
    implements ApiRequest<Function<AgbCode, ApplyForAdmissionCommand>> {

  @Override
  public Either<DomainError, Function<AgbCode, ApplyForAdmissionCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    DateRange period = check.valid(DateRange.validate("from", from, "until", Option.of(until)));
    List<ProductCode> codes = List.empty();
    if (products == null || products.isEmpty()) {
      check.add("products", "required", "must name at least one product");
    } else {
      for (int i = 0; i < products.size(); i++) {
        ProductCode code = check.valid(ProductCode.validate("products[" + i + "]", products.get(i)));
        codes = code == null ? codes : codes.append(code);
      }
    }
    List<ProductCode> all = codes;
    return check.resultFrom(() -> agb -> new ApplyForAdmissionCommand(agb, period, all));
  }
}
