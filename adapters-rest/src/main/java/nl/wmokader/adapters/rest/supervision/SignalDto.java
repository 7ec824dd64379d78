package nl.wmokader.adapters.rest.supervision;

import java.time.LocalDate;
import nl.wmokader.core.supervision.domain.Signal;

/** A signal about a provider; {@code investigation} once linked, {@code dismissalReason} once dismissed. */
public record SignalDto(String id, String provider, String source, String description, LocalDate receivedOn,
                        String severity, String status, String investigation, String dismissalReason,
                        LocalDate decidedOn, long version) {

  public static SignalDto from(Signal s) {
    return new SignalDto(s.id().toString(), s.provider().value(), s.source().name(), s.description(), s.receivedOn(),
        s.severity().name(), s.status().name(), s.investigation().map(i -> i.value().toString()).getOrNull(),
        s.dismissalReason().getOrNull(), s.decidedOn().getOrNull(), s.version());
  }
}
