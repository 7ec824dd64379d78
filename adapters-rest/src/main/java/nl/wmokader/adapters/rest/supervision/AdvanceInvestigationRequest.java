package nl.wmokader.adapters.rest.supervision;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.port.in.AdvanceInvestigationCommand;

/**
 * The body of {@code POST /api/v1/investigations/{investigationId}/steps}: the next step {@code to};
 * {@code responseDue} exactly for {@code PROVIDER_RESPONSE} (the core checks it).
 */
public record AdvanceInvestigationRequest(InvestigationStatus to, LocalDate responseDue)
    implements ApiRequest<Function<InvestigationId, AdvanceInvestigationCommand>> {

  @Override
  public Either<DomainError, Function<InvestigationId, AdvanceInvestigationCommand>> toCommand() {
    return AdvanceInvestigationCommand.read(to, responseDue);
  }
}
