package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.LiftClientStopCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/contracts/{contractId}/client-stop-lifts}: the first day new
 * assignments are allowed again.
 */
public record LiftClientStopRequest(LocalDate from) implements ApiRequest<Function<ContractId, LiftClientStopCommand>> {

  @Override
  public Either<DomainError, Function<ContractId, LiftClientStopCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    check.present("from", from);
    return check.resultFrom(() -> id -> new LiftClientStopCommand(id, from));
  }
}
