package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.BiFunction;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.IndexTariffCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/contracts/{contractId}/lots/{productCode}/indexations}: the first
 * day of the indexed tariff and the percentage as a decimal string ({@code "3.2"}: at most two
 * decimals, parsed exactly, never as a floating-point number).
 */
public record IndexationRequest(LocalDate from, String percentage)
    implements ApiRequest<BiFunction<ContractId, ProductCode, IndexTariffCommand>> {

  @Override
  public Either<DomainError, BiFunction<ContractId, ProductCode, IndexTariffCommand>> toCommand() {
    return IndexTariffCommand.read(from, percentage).map(command -> command::forLot);
  }
}
