package nl.wmokader.adapters.rest.supervision;

import io.vavr.control.Either;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.port.in.DecideOnSignalCommand;

/**
 * The body of {@code POST /api/v1/signals/{signalId}/decision}: {@code LINK} to an open
 * {@code investigation} of the same provider, or {@code DISMISS} for a {@code dismissalReason}.
 */
public record SignalDecisionRequest(String decision, String investigation, String dismissalReason)
    implements ApiRequest<Function<SignalId, DecideOnSignalCommand>> {
  @Override
  public Either<DomainError, Function<SignalId, DecideOnSignalCommand>> toCommand() {
    return DecideOnSignalCommand.read(decision, investigation, dismissalReason);
  }
}
