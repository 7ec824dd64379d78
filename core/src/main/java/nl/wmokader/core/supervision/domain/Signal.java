package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.AgbCode;

/**
 * A signal about a provider's quality or lawfulness (signaal): where it came from, what it says,
 * when it came in and how serious it looks. It may open or join an investigation (linked) or be
 * dismissed with a reason; either decision is final.
 *
 * @param description may hold personal data (a client's story): never logged
 * @param decidedOn the day it was linked or dismissed
 */
public record Signal(SignalId id, AgbCode provider, SignalSource source, String description, LocalDate receivedOn,
                     SignalSeverity severity, SignalStatus status, Option<InvestigationId> investigation,
                     Option<String> dismissalReason, Option<LocalDate> decidedOn, long version) {

  public static final int MAX_TEXT_LENGTH = 4_000;

  public Signal {
    requireNonNull(id, "id");
    requireNonNull(provider, "provider");
    requireNonNull(source, "source");
    requireNonNull(description, "description");
    requireNonNull(receivedOn, "receivedOn");
    requireNonNull(severity, "severity");
    requireNonNull(status, "status");
    requireNonNull(investigation, "investigation");
    requireNonNull(dismissalReason, "dismissalReason");
    requireNonNull(decidedOn, "decidedOn");
    require(isText(description), "a description has 1 to 4,000 characters");
    require(investigation.isDefined() == (status == SignalStatus.LINKED), "a linked signal, and only that, names its investigation");
    require(dismissalReason.isDefined() == (status == SignalStatus.DISMISSED), "a dismissed signal, and only that, has a reason");
    require(dismissalReason.forAll(Signal::isText), "a dismissal reason has 1 to 4,000 characters");
    require(decidedOn.isDefined() == (status != SignalStatus.OPEN), "a decided signal, and only that, has its day");
    require(decidedOn.forAll(d -> !d.isBefore(receivedOn)), "a signal is decided on after it came in");
    require(version >= 0, "version >= 0");
  }

  private static void require(boolean invariant, String message) {
    if (!invariant) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Whether {@code text} may be a description or reason: 1 to 4,000 characters, not blank. */
  public static boolean isText(String text) {
    return text != null && !text.isBlank() && text.length() <= MAX_TEXT_LENGTH;
  }

  public static Signal received(SignalId id, AgbCode provider, SignalSource source, String description,
                                LocalDate receivedOn, SignalSeverity severity) {
    return new Signal(id, provider, source, description, receivedOn, severity, SignalStatus.OPEN, Option.none(),
        Option.none(), Option.none(), 0);
  }

  /** Links the signal to {@code investigation} (opened for it, or already running) on {@code on}. */
  public Either<SignalError, Signal> linkTo(InvestigationId investigation, LocalDate on) {
    return decide(on).map(s -> new Signal(id, provider, source, description, receivedOn, severity, SignalStatus.LINKED,
        Option.some(investigation), Option.none(), Option.some(on), version));
  }

  /** Dismisses the signal on {@code on}, for {@code reason} (1 to 4,000 characters). */
  public Either<SignalError, Signal> dismiss(String reason, LocalDate on) {
    return decide(on).map(s -> new Signal(id, provider, source, description, receivedOn, severity,
        SignalStatus.DISMISSED, Option.none(), Option.some(reason), Option.some(on), version));
  }

  public Signal withVersion(long newVersion) {
    return new Signal(id, provider, source, description, receivedOn, severity, status, investigation, dismissalReason,
        decidedOn, newVersion);
  }

  private Either<SignalError, Signal> decide(LocalDate on) {
    if (status != SignalStatus.OPEN) {
      return Either.left(new SignalError.NotOpen(id, status));
    }
    if (on.isBefore(receivedOn)) {
      return Either.left(new SignalError.BeforeReceipt(id, receivedOn));
    }
    return Either.right(this);
  }
}
