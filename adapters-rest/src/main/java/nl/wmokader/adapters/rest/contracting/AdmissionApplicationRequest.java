package nl.wmokader.adapters.rest.contracting;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.port.in.ApplyForAdmissionCommand;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/providers/{agbCode}/admission-applications}: the procurement
 * period {@code from} to {@code until} and the product codes applied for (at least one).
 */
public record AdmissionApplicationRequest(LocalDate from, LocalDate until, java.util.List<String> products)
    implements ApiRequest<Function<AgbCode, ApplyForAdmissionCommand>> {

  @Override
  public Either<DomainError, Function<AgbCode, ApplyForAdmissionCommand>> toCommand() {
    return ApplyForAdmissionCommand.read(from, until, products == null ? null : List.ofAll(products))
        .map(command -> command::forProvider);
  }
}
