package nl.wmokader.adapters.rest.indication;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.port.in.ReportDeliveryStopCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The body of {@code POST /api/v1/assignments/{assignmentId}/delivery-stop}: the last day of delivery,
 * inclusive, and the reason, by its stable name ({@code ENDED_AS_PLANNED}) or its two-digit iWmo code
 * ({@code "19"}, LDT_RedenBeeindiging).
 */
public record DeliveryStopRequest(LocalDate date, String reason)
    implements ApiRequest<Function<AssignmentId, ReportDeliveryStopCommand>> {

  @Override
  public Either<DomainError, Function<AssignmentId, ReportDeliveryStopCommand>> toCommand() {
    FieldChecks check = new FieldChecks();
    LocalDate last = check.present("date", date);
    StopReason why = null;
    if (check.presentText("reason", reason) != null) {
      why = StopReason.ofCode(reason).orElse(() -> List.of(StopReason.values())
          .find(r -> r.name().equals(reason))).getOrNull();
      if (why == null) {
        check.add("reason", "invalid_type", "must be a stop reason: its name (ENDED_AS_PLANNED) or its iWmo code (19)");
      }
    }
    StopReason parsed = why;
    return check.resultFrom(() -> id -> new ReportDeliveryStopCommand(id, last, parsed));
  }
}
