package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.BiFunction;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.SetLotTariffCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/contracts/{contractId}/lots/{productCode}/tariffs}: the own tariff
 * per unit in cents and its first day (it holds to the lot's end).
 */
public record LotTariffRequest(LocalDate from, Long tariffCents)
    implements ApiRequest<BiFunction<ContractId, ProductCode, SetLotTariffCommand>> {

  @Override
  public Either<DomainError, BiFunction<ContractId, ProductCode, SetLotTariffCommand>> toCommand() {
    return SetLotTariffCommand.read(from, tariffCents).map(command -> command::forLot);
  }
}
