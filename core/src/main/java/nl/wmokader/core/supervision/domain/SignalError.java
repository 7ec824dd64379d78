package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import nl.wmokader.core.shared.Rejection;

/** Why a signal's step was refused. Messages carry no personal data. */
public sealed interface SignalError extends Rejection {

  /** Only an open signal is linked or dismissed. */
  record NotOpen(SignalId signal, SignalStatus status) implements SignalError {
    public NotOpen {
      requireNonNull(signal, "signal");
      requireNonNull(status, "status");
    }

    @Override
    public String code() {
      return "signal_not_open";
    }

    @Override
    public String message() {
      return "signal " + signal + " is " + status;
    }
  }

  /** A decision dated before the signal came in. */
  record BeforeReceipt(SignalId signal, LocalDate receivedOn) implements SignalError {
    public BeforeReceipt {
      requireNonNull(signal, "signal");
      requireNonNull(receivedOn, "receivedOn");
    }

    @Override
    public String code() {
      return "before_receipt";
    }

    @Override
    public String message() {
      return "signal " + signal + " came in on " + receivedOn + ": it cannot be decided on earlier";
    }
  }
}
