package nl.wmokader.core.indication.port.in;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.Function;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Delivery on {@code assignment} ended on {@code date}, inclusive, for {@code reason} (iWmo 307).
 * Made from raw values by {@link #read}; {@link #validated} is the second round the use case applies
 * after access.
 */
public record ReportDeliveryStopCommand(AssignmentId assignment, LocalDate date, StopReason reason) {

  /**
   * The command on the assignment named apart (a path's) from raw values: the last day of delivery,
   * inclusive, and the reason by its stable name ({@code ENDED_AS_PLANNED}) or its two-digit iWmo
   * code ({@code "19"}, LDT_RedenBeeindiging); or every missing or malformed field. The values are
   * read without the assignment, so that a caller can report their errors together with those of
   * its id.
   */
  public static Either<DomainError, Function<AssignmentId, ReportDeliveryStopCommand>> read(LocalDate date,
                                                                                             String reason) {
    FieldChecks check = new FieldChecks();
    LocalDate last = check.present("date", date);
    StopReason why = null;
    if (check.presentText("reason", reason) != null) {
      why = StopReason.ofCode(reason).orElse(() -> List.of(StopReason.values())
          .find(r -> r.name().equals(reason))).getOrNull();
      if (why == null) {
        check.add("reason", "invalid_type", "must be a stop reason: its name (ENDED_AS_PLANNED) or its iWmo code (19)");
      }
    }
    StopReason parsed = why;
    return check.resultFrom(() -> id -> new ReportDeliveryStopCommand(id, last, parsed));
  }

  /** This command when it names the assignment, the date and the reason. */
  public Either<DomainError, ReportDeliveryStopCommand> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("assignment", assignment);
    checks.required("date", date);
    checks.required("reason", reason);
    return checks.result(this);
  }
}
