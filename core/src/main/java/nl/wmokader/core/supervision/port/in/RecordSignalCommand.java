package nl.wmokader.core.supervision.port.in;

import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.supervision.domain.SignalSeverity;
import nl.wmokader.core.supervision.domain.SignalSource;

/** A signal about {@code provider}; {@code receivedOn} is today when absent and never in the future. */
public record RecordSignalCommand(AgbCode provider, SignalSource source, String description, LocalDate receivedOn,
                                  SignalSeverity severity) {}
