package nl.wmokader.adapters.rest.contracting;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.adapters.rest.FieldCheck;
import nl.wmokader.core.contracting.domain.ClientStopRequest;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.RequestClientStopCommand;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/contracts/{contractId}/client-stop-requests}: the stop's first day,
 * its last day (absent: until lifted) and why the provider asks for it.
 */
public record RequestClientStopRequest(LocalDate from, LocalDate until, String explanation)
    implements ApiRequest<Function<ContractId, RequestClientStopCommand>> {

  @Override
  public Either<DomainError, Function<ContractId, RequestClientStopCommand>> toCommand() {
    FieldCheck check = new FieldCheck();
    DateRange period = check.valid(DateRange.validate("from", from, "until", Option.of(until)));
    if (check.requiredText("explanation", explanation) != null
        && explanation.strip().length() > ClientStopRequest.MAX_EXPLANATION_LENGTH) {
      check.error("explanation", "too_long", "must be at most " + ClientStopRequest.MAX_EXPLANATION_LENGTH + " characters");
    }
    return check.result(() -> id -> new RequestClientStopCommand(id, period, explanation));
  }
}
