package nl.wmokader.core.contracting.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.DateRange;

/**
 * A provider's request for a client stop on its own contract, for example while it lacks staff.
 * It is in force only once the region consents; a consent imposes a {@link ClientStop} with reason
 * {@link ClientStopReason#PROVIDER_REQUEST} over {@code period}.
 */
public record ClientStopRequest(ClientStopRequestId id, DateRange period, String explanation, LocalDate requestedOn,
    ClientStopRequestStatus status, Option<LocalDate> decidedOn) {

  public static final int MAX_EXPLANATION_LENGTH = 500;

  public ClientStopRequest {
    requireNonNull(id, "id");
    requireNonNull(period, "period");
    requireNonNull(explanation, "explanation");
    requireNonNull(requestedOn, "requestedOn");
    requireNonNull(status, "status");
    requireNonNull(decidedOn, "decidedOn");
    if ((status == ClientStopRequestStatus.PENDING) == decidedOn.isDefined()) {
      throw new IllegalArgumentException("a request has a decision date exactly when it is decided");
    }
  }

  public static ClientStopRequest pending(ClientStopRequestId id, DateRange period, String explanation, LocalDate today) {
    return new ClientStopRequest(id, period, explanation, today, ClientStopRequestStatus.PENDING, Option.none());
  }

  ClientStopRequest decided(ClientStopRequestStatus outcome, LocalDate today) {
    return new ClientStopRequest(id, period, explanation, requestedOn, outcome, Option.some(today));
  }
}
