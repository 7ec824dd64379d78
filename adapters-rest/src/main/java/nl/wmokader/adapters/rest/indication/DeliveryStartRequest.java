package nl.wmokader.adapters.rest.indication;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartCommand;
import nl.wmokader.core.shared.DomainError;

/** The body of {@code POST /api/v1/assignments/{assignmentId}/delivery-start}: the first day of delivery. */
public record DeliveryStartRequest(LocalDate date) implements ApiRequest<Function<AssignmentId, ReportDeliveryStartCommand>> {

  @Override
  public Either<DomainError, Function<AssignmentId, ReportDeliveryStartCommand>> toCommand() {
    return ReportDeliveryStartCommand.read(date);
  }
}
