package nl.wmokader.adapters.rest.supervision;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.BiFunction;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.port.in.ReportMeasureCommand;

/**
 * The body of {@code POST /api/v1/investigations/{investigationId}/outcomes/{index}/report}: {@code
 * reportedOn} is the day the provider reported the measure; a provider reporting itself may leave it
 * out (today), the region or a supervisor recording the provider's report must give it.
 */
public record ReportMeasureRequest(LocalDate reportedOn)
    implements ApiRequest<BiFunction<InvestigationId, Integer, ReportMeasureCommand>> {

  @Override
  public Either<DomainError, BiFunction<InvestigationId, Integer, ReportMeasureCommand>> toCommand() {
    return ReportMeasureCommand.read(reportedOn);
  }
}
