package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Either;
import java.util.UUID;
import java.util.function.Function;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalId;

/**
 * Decides on an open signal: link it to {@code investigation} (an open investigation of the same
 * provider) or dismiss it for {@code dismissalReason}; exactly one of the two is given. Made from
 * raw values by {@link #read}; {@link #validated} is the second round the use case applies after
 * access.
 */
public record DecideOnSignalCommand(SignalId signal, InvestigationId investigation, String dismissalReason) {

  /**
   * The command on the signal the caller names (REST: in the path): {@code LINK} to the
   * {@code investigation}'s UUID, or {@code DISMISS} for a {@code dismissalReason}; else every
   * missing, malformed or {@code not_allowed} field.
   */
  public static Either<DomainError, Function<SignalId, DecideOnSignalCommand>> read(String decision,
                                                                                    String investigation,
                                                                                    String dismissalReason) {
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
          reason = Texts.sent(check, "dismissalReason", dismissalReason);
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

  /** This command when it names a signal and exactly one of a link and a dismissal's reason of at most 4,000 characters. */
  public Either<DomainError, DecideOnSignalCommand> validated() {
    FieldChecks fields = new FieldChecks();
    fields.required("signal", signal);
    boolean link = investigation != null;
    boolean dismiss = dismissalReason != null;
    fields.check(link != dismiss, "investigation", "one_of",
        "give either an investigation to link to or a reason to dismiss, not both");
    if (dismiss) {
      Texts.check(fields, "dismissalReason", dismissalReason, Signal.MAX_TEXT_LENGTH);
    }
    return fields.result(this);
  }
}
