package nl.wmokader.adapters.rest.supervision;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.SignalSeverity;
import nl.wmokader.core.supervision.domain.SignalSource;
import nl.wmokader.core.supervision.port.in.RecordSignalCommand;

/** The body of {@code POST /api/v1/signals}; {@code receivedOn} is today when absent. */
public record RecordSignalRequest(String provider, SignalSource source, String description, LocalDate receivedOn,
                                  SignalSeverity severity) implements ApiRequest<RecordSignalCommand> {

  @Override
  public Either<DomainError, RecordSignalCommand> toCommand() {
    return RecordSignalCommand.read(provider, source, description, receivedOn, severity);
  }
}
