package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.port.in.ReportNeedCommand;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/indications}: a new case, opened by a report ({@code reportedOn})
 * or by an application without a prior report ({@code appliedOn}), exactly one of the two.
 */
public record OpenIndicationRequest(String client, String responsibleMunicipality, String attributedTo,
    LocalDate reportedOn, LocalDate appliedOn)
    implements ApiRequest<Either<ReportNeedCommand, SubmitApplicationCommand>> {

  @Override
  public Either<DomainError, Either<ReportNeedCommand, SubmitApplicationCommand>> toCommand() {
    return ReportNeedCommand.readOpening(client, responsibleMunicipality, attributedTo, reportedOn, appliedOn);
  }
}
