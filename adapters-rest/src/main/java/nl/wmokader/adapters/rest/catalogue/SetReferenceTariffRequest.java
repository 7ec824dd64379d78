package nl.wmokader.adapters.rest.catalogue;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.port.in.SetReferenceTariffCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/products/{productCode}/reference-tariffs}: the tariff per unit in
 * cents (0 or more) from {@code from} to {@code until} (absent: open-ended).
 */
public record SetReferenceTariffRequest(Long tariffCents, LocalDate from, LocalDate until)
    implements ApiRequest<Function<ProductCode, SetReferenceTariffCommand>> {

  @Override
  public Either<DomainError, Function<ProductCode, SetReferenceTariffCommand>> toCommand() {
    return SetReferenceTariffCommand.read(tariffCents, from, until);
  }
}
