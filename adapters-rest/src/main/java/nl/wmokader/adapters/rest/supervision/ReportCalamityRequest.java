package nl.wmokader.adapters.rest.supervision;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.IncidentKind;
import nl.wmokader.core.supervision.port.in.ReportCalamityCommand;

/**
 * The body of {@code POST /api/v1/calamities}: {@code reportedOn} is the day the provider reported
 * to the GGD; a provider reporting itself may leave it out (today), the region or a supervisor
 * recording the provider's report must give it.
 */
public record ReportCalamityRequest(String provider, IncidentKind kind, LocalDate occurredOn, LocalDate reportedOn,
                                    String summary) implements ApiRequest<ReportCalamityCommand> {

  @Override
  public Either<DomainError, ReportCalamityCommand> toCommand() {
    return ReportCalamityCommand.read(provider, kind, occurredOn, reportedOn, summary);
  }
}
