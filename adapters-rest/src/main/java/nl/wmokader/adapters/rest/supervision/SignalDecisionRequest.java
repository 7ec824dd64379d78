package nl.wmokader.adapters.rest.supervision;

import io.vavr.control.Either;
import java.util.UUID;
import java.util.function.Function;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.supervision.domain.InvestigationId;
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
    FieldChecks check = new FieldChecks();
    InvestigationId linkTo = null;
    String reason = null;
    if (check.presentText("decision", decision) != null) {
      switch (decision) {
        case "LINK" -> {
          if (check.presentText("investigation", investigation) != null) {
            if (FieldChecks.isUuid(investigation)) {
              linkTo = new InvestigationId(UUID.fromString(investigation));
            } else {
              check.add("investigation", "uuid_format", FieldChecks.UUID_FORMAT);
            }
          }
          if (dismissalReason != null) {
            check.add("dismissalReason", "not_allowed", "belongs to a dismissal only");
          }
        }
        case "DISMISS" -> {
          reason = SupervisionParams.text(check, "dismissalReason", dismissalReason, true);
          if (investigation != null) {
            check.add("investigation", "not_allowed", "belongs to a link only");
          }
        }
        default -> check.add("decision", "invalid_value", "must be LINK or DISMISS");
      }
    }
    InvestigationId linked = linkTo;
    String dismissal = reason;
    return check.resultFrom(() -> signal -> new DecideOnSignalCommand(signal, linked, dismissal));
  }
}
