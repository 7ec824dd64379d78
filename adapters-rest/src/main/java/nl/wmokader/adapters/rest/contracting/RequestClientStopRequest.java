package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.contracting.domain.ClientStopRequest;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.RequestClientStopCommand;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/contracts/{contractId}/client-stop-requests}: the stop's first day,
 * its last day (absent: until lifted) and why the provider asks for it.
 */
public record RequestClientStopRequest(LocalDate from, LocalDate until, String explanation)
    implements ApiRequest<Function<ContractId, RequestClientStopCommand>> {

  @Override
  public Either<DomainError, Function<ContractId, RequestClientStopCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    DateRange period = check.valid(DateRange.validate("from", from, "until", Option.of(until)));
    if (check.presentText("explanation", explanation) != null
        && explanation.strip().length() > ClientStopRequest.MAX_EXPLANATION_LENGTH) {
      check.add("explanation", "too_long", "must be at most " + ClientStopRequest.MAX_EXPLANATION_LENGTH + " characters");
    }
    return check.resultFrom(() -> id -> new RequestClientStopCommand(id, period, explanation));
  }
}
