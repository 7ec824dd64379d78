package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.AddLotCommand;
import nl.wmokader.core.contracting.port.in.NewLot;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/** The body of {@code POST /api/v1/contracts/{contractId}/lots}: one lot, as in {@link LotRequest}. */
public record AddLotRequest(String product, LocalDate from, LocalDate until, Long tariffCents)
    implements ApiRequest<Function<ContractId, AddLotCommand>> {

  @Override
  public Either<DomainError, Function<ContractId, AddLotCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    NewLot lot = new LotRequest(product, from, until, tariffCents).check(check, "");
    return check.resultFrom(() -> id -> new AddLotCommand(id, lot.product(), lot.validity(), lot.tariff()));
  }
}
