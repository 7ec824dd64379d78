package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.WaitingTimeNorm;
import nl.wmokader.core.contracting.port.in.SetWaitingTimeNormCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code PUT /api/v1/contracts/{contractId}/waiting-time-norm}: the most days (1..365)
 * from assignment to start of delivery.
 */
public record WaitingTimeNormRequest(Integer maxDays) implements ApiRequest<Function<ContractId, SetWaitingTimeNormCommand>> {

  @Override
  public Either<DomainError, Function<ContractId, SetWaitingTimeNormCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    if (check.present("maxDays", maxDays) != null && (maxDays < 1 || maxDays > WaitingTimeNorm.MAX_DAYS)) {
      check.add("maxDays", "out_of_range", "must be 1.." + WaitingTimeNorm.MAX_DAYS);
    }
    return check.resultFrom(() -> id -> new SetWaitingTimeNormCommand(id, maxDays));
  }
}
