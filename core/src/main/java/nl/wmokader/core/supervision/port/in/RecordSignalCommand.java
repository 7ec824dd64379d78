package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.supervision.domain.SignalSeverity;
import nl.wmokader.core.supervision.domain.SignalSource;

/**
 * A signal about {@code provider}; {@code receivedOn} is today when absent and never in the future.
 * Made from raw values by {@link #read}; the use case checks the rest against the stores and the
 * clock (a registered provider, a day not in the future).
 */
public record RecordSignalCommand(AgbCode provider, SignalSource source, String description, LocalDate receivedOn,
                                  SignalSeverity severity) {

  /** The command from raw values, or every missing or malformed field. */
  public static Either<DomainError, RecordSignalCommand> read(String provider, SignalSource source, String description,
                                                              LocalDate receivedOn, SignalSeverity severity) {
    FieldChecks check = new FieldChecks();
    AgbCode agb = check.valid(AgbCode.validate("provider", provider));
    check.present("source", source);
    String text = Texts.sent(check, "description", description);
    check.present("severity", severity);
    return check.resultFrom(() -> new RecordSignalCommand(agb, source, text, receivedOn, severity));
  }
}
