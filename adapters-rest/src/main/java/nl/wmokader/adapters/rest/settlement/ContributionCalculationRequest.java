package nl.wmokader.adapters.rest.settlement;

import io.vavr.collection.List;
import io.vavr.control.Either;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.settlement.port.in.CalculateContributionCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/contribution-calculations}: households (personal data, never
 * logged or echoed) and the months {@code from..until}, mapped onto
 * {@link CalculateContributionCommand#read} (formats); what is required is the use case's to say.
 */
public record ContributionCalculationRequest(java.util.List<CalculateContributionCommand.RawHousehold> households,
                                             String from, String until)
    implements ApiRequest<CalculateContributionCommand> {

  @Override
  public Either<DomainError, CalculateContributionCommand> toCommand() {
    return CalculateContributionCommand.read(households == null ? null : List.ofAll(households), from, until);
  }
}
