package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.AddLotCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/contracts/{contractId}/lots}: one lot, as in
 * {@link nl.wmokader.core.contracting.port.in.ContractProviderCommand.LotInput}.
 */
public record AddLotRequest(String product, LocalDate from, LocalDate until, Long tariffCents)
    implements ApiRequest<Function<ContractId, AddLotCommand>> {

  @Override
  public Either<DomainError, Function<ContractId, AddLotCommand>> toCommand() {
    return AddLotCommand.read(product, from, until, tariffCents).map(command -> command::forContract);
  }
}
