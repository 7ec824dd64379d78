package nl.wmokader.adapters.rest.supervision;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.adapters.rest.FieldCheck;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.SignalSeverity;
import nl.wmokader.core.supervision.domain.SignalSource;
import nl.wmokader.core.supervision.port.in.RecordSignalCommand;

/** The body of {@code POST /api/v1/signals}; {@code receivedOn} is today when absent. */
public record RecordSignalRequest(String provider, SignalSource source, String description, LocalDate receivedOn,
                                  SignalSeverity severity) implements ApiRequest<RecordSignalCommand> {

  @Override
  public Either<DomainError, RecordSignalCommand> toCommand() {
    FieldCheck check = new FieldCheck();
    AgbCode agb = check.valid(AgbCode.validate("provider", provider));
    check.required("source", source);
    String text = SupervisionParams.text(check, "description", description, true);
    check.required("severity", severity);
    return check.result(() -> new RecordSignalCommand(agb, source, text, receivedOn, severity));
  }
}
