package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.port.in.ReportDeliveryStopCommand;
import nl.wmokader.core.shared.DomainError;

/**
 * The body of {@code POST /api/v1/assignments/{assignmentId}/delivery-stop}: the last day of delivery,
 * inclusive, and the reason, by its stable name ({@code ENDED_AS_PLANNED}) or its two-digit iWmo code
 * ({@code "19"}, LDT_RedenBeeindiging).
 */
public record DeliveryStopRequest(LocalDate date, String reason)
    implements ApiRequest<Function<AssignmentId, ReportDeliveryStopCommand>> {

  @Override
  public Either<DomainError, Function<AssignmentId, ReportDeliveryStopCommand>> toCommand() {
    return ReportDeliveryStopCommand.read(date, reason);
  }
}
